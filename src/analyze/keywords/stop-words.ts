/**
 * Words too common in work speeches to say what one is about. jieba's IDF was computed on general
 * text, where 同志们 or 抓好 are rare; in this genre every speech has them. Each group says why.
 */
export interface StopWordGroup {
  readonly reason: string;
  readonly words: readonly string[];
  readonly example: string;
}

export const GENRE_STOP_WORDS: readonly StopWordGroup[] = [
  {
    reason: '称呼与人称：每篇讲话都有',
    words: ['同志们', '同志', '各位', '大家', '我们', '我', '你们', '他们', '自己', '各级', '广大', '全体'],
    example: '同志们，做好新形势下的机关党建工作意义重大、使命光荣、任务艰巨。',
  },
  {
    reason: '会议套话中的时间与指代',
    words: ['今天', '刚才', '下面', '这里', '现在', '当前', '目前', '今年', '近年来', '这次', '这些', '这个', '一个', '一些', '一是', '二是', '三是', '四是'],
    example: '刚才，x同志回顾了过去一年的工作，提出了今年工作设想，我完全同意。',
  },
  {
    reason: '本体裁的泛义动词：几乎每句都有，说明不了主题',
    words: [
      '要', '是', '有', '进行', '开展', '推进', '加强', '做好', '抓好', '抓', '坚持', '推动', '提高', '实现', '落实', '强化',
      '深入', '进一步', '不断', '切实', '认真', '积极', '努力', '全面', '充分', '发挥', '提供', '形成', '促进', '注重', '做到',
      '确保', '建立', '健全', '完善', '提升', '增强', '突出', '围绕', '结合', '把握', '贯彻', '学习', '组织', '抓住',
    ],
    example: '要坚持问题导向，自觉检视突出问题，建立健全机关党建服务对象工作台账。',
  },
  {
    reason: '本体裁的泛义名词：任何题目的讲话都离不开',
    words: ['工作', '问题', '方面', '情况', '要求', '作用', '水平', '能力', '方式', '方法', '重要', '意见', '任务', '部署', '实际', '基础', '关键', '重点'],
    example: '下面，我就进一步推进机关党建工作高质量发展，讲几点意见。',
  },
  {
    reason: '虚词、连接词与程度副词',
    words: ['和', '的', '了', '在', '与', '及', '以及', '通过', '更加', '特别', '特别是', '真正', '必须', '已经', '更', '都', '也', '又', '从', '把', '对', '为', '以', '中', '上', '等', '之', '各项', '各种', '各类', '一定', '同时', '就是', '不是', '没有'],
    example: '机关党建要更加注重队伍建设和人才培养，促进机关党务干部从思想上重视党建。',
  },
];

export const STOP_WORDS: ReadonlySet<string> = new Set(GENRE_STOP_WORDS.flatMap((g) => g.words));
