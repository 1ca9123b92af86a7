import { toChineseNumeral } from './chinese-numerals.js';

/**
 * How a draft numbers its parts. Heading styles are the four levels of an official document
 * (GB/T 9704: 一、 （一） 1. （1）) and become Markdown headings; inline styles open a paragraph
 * or a clause inside running text and stay body text. Ids follow the analysis' marker families.
 */
export interface MarkerStyle {
  readonly id: string;
  /** Heading level 1–4 for heading styles; null for inline styles. */
  readonly level: number | null;
  readonly format: (n: number) => string;
  /** A real sentence that uses the style, and where it comes from. */
  readonly example: string;
  readonly source: string;
}

export const MARKER_STYLES: readonly MarkerStyle[] = [
  {
    id: 'han-dun',
    level: 1,
    format: (n) => `${toChineseNumeral(n)}、`,
    example: '一、认清形势、提高认识，深刻理解把握机关党建高质量发展的重要性和紧迫性。',
    source: 'corpus/004 2024年机关党的建设工作会议讲话',
  },
  {
    id: 'paren-han',
    level: 2,
    format: (n) => `（${toChineseNumeral(n)}）`,
    example: '(二)攥紧金钥匙。党的创新理论是我们推动工作、解决问题的“金钥匙”。',
    source: '省政府第四次全体(扩大)会议讲话（wdocx.com/info/1/118523.html）',
  },
  {
    id: 'arabic',
    level: 3,
    format: (n) => `${n}.`,
    example: '1、坚持用科学发展观统领经济社会发展全局。这是今年“两会”一个非常重要的精神。',
    source: '叶继革：贯彻落实全国“两会”精神 加快推进当前各项工作（caiyes.cn/archiver/tid-5345.html）',
  },
  {
    id: 'paren-arabic',
    level: 4,
    format: (n) => `（${n}）`,
    example: '(1)言会。讲话伊始就鲜明地提出“青藏铁路精神”。',
    source: '对胡锦涛在青藏铁路通车庆祝大会上讲话的评析',
  },
  {
    id: 'di-han',
    level: null,
    format: (n) => `第${toChineseNumeral(n)}，`,
    example: '第一，实现机关党建高质量发展，是推进全面从严治党要求落实落细的必然要求。',
    source: 'corpus/004 2024年机关党的建设工作会议讲话',
  },
  {
    id: 'yi-shi',
    level: null,
    format: (n) => `${toChineseNumeral(n)}是`,
    example: '一是树立更强烈的政治意识。把创建工作纳入市委的统一工作部署。',
    source: 'corpus/001 学史力行 做好机关党建“五量”答卷',
  },
  {
    id: 'yi-yao',
    level: null,
    format: (n) => `${toChineseNumeral(n)}要`,
    example: '一要凝心聚力抓党建。当前，部分基层党务干部反映党建活动多。',
    source: 'corpus/001 学史力行 做好机关党建“五量”答卷',
  },
];

/** The style for a heading level (1–4) or a style id; undefined when there is none. */
export function findMarkerStyle(levelOrId: number | string): MarkerStyle | undefined {
  return MARKER_STYLES.find((s) => (typeof levelOrId === 'number' ? s.level === levelOrId : s.id === levelOrId));
}

/** Ordinal n in a style: (1, 3) → 三、, ('yi-shi', 2) → 二是. Throws a RangeError for an unknown style. */
export function formatMarker(levelOrId: number | string, n: number): string {
  const style = findMarkerStyle(levelOrId);
  if (!style) {
    const known = MARKER_STYLES.map((s) => (s.level ? `${s.level}` : s.id)).join('、');
    throw new RangeError(`没有序号样式“${levelOrId}”，可用：${known}`);
  }
  return style.format(n);
}
