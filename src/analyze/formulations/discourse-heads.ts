/**
 * Heads that count the parts of the speech itself (五个方面, 三点意见, 两个关键点, 几个字): those
 * are announcements of what follows, not formulations.
 */
export interface DiscourseHeadGroup {
  readonly heads: readonly string[];
  readonly example: string;
}

export const DISCOURSE_HEADS: readonly DiscourseHeadGroup[] = [
  {
    heads: ['方面', '个方面'],
    example: '从建设政治鲜明、思想过硬、组织坚强、担当作为、风清气正五个方面，明确23项具体任务。',
  },
  { heads: ['意见', '点意见', '条意见', '建议', '体会', '想法', '看法', '要求'], example: '这里，我着重围绕如何创新机关党建工作讲五点意见。' },
  { heads: ['关键点', '关键', '问题', '重点'], example: '抓整体推进的核心就是抓支部、抓党员，这是两个关键点，也是根本方向。' },
  { heads: ['类'], example: '细化经济发展、创新驱动、民生福祉、绿色低碳、安全保障五大类23个主要指标，明确了经济增速保持高于全国平均水平的预期目标。' },
  { heads: ['字', '个字', '句话', '件事', '部分', '层次', '层面', '环节', '步骤', '阶段'], example: '着眼“长”“常”二字，延展教育维度、增强制度刚性。' },
];

export const DISCOURSE_HEAD_LIST: readonly string[] = DISCOURSE_HEADS.flatMap((g) => g.heads).sort((a, b) => b.length - a.length);
