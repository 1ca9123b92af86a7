/**
 * Nouns that count parts of what is said (方面, 要素, 关键点, 字): a list closed by one of them is an
 * announced count even when it stays inside its sentence. A list closed by any other term
 * (三结合, 两个文明, 五量) is a formulation, and counts as announced only when its members go on to
 * lead the speech's sections.
 */
export interface DiscourseHead {
  readonly head: string;
  readonly example: string;
}

export const DISCOURSE_HEADS: readonly DiscourseHead[] = [
  { head: '关键点', example: '抓整体推进的核心就是抓支部、抓党员,这是两个关键点,也是根本方向。（corpus/003）' },
  { head: '方面', example: '將黨支部建設的內容具體分為思想、組織、作風、制度建設四個方面。（corpus/002）' },
  { head: '要素', example: '在组织覆盖、队伍建强、活动标准、制度落实、保障有力等五个要素上都有新的进展。（corpus/003）' },
  { head: '字', example: '着眼“长”“常”二字，延展教育维度、增强制度刚性。（corpus/004）' },
  { head: '点', example: '这里，我着重围绕如何创新机关党建工作……讲五点意见：（corpus/000）' },
];
