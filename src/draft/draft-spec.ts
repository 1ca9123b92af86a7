/**
 * The spec of a speech to draft, as a user writes it in YAML or JSON (templates/examples/ has one
 * per template), and the table of its fields that validation, error messages and docs read.
 */
export interface SpecSubpoint {
  readonly title: string;
  readonly notes: readonly string[];
}

export interface SpecPoint extends SpecSubpoint {
  readonly subpoints: readonly SpecSubpoint[];
}

export interface DraftSpec {
  readonly title: string;
  readonly meeting: string;
  readonly speaker: string;
  /** '' when not given. */
  readonly date: string;
  /** Target speaking time. */
  readonly minutes: number;
  readonly points: readonly SpecPoint[];
  /** The speaker's own closing words; '' to let the template close. */
  readonly closing: string;
}

/**
 * text: one line of text; heading: a text whose closing punctuation is dropped (the template adds
 * its own); notes: text or a list of texts; minutes: a positive number; items: a list of maps.
 */
export type SpecFieldKind = 'text' | 'heading' | 'notes' | 'minutes' | 'items';

export interface SpecField {
  readonly key: string;
  /** What the field is, in the user's words (used in error messages). */
  readonly label: string;
  readonly kind: SpecFieldKind;
  readonly required: boolean;
  /** A real value, shown in error messages as “例如 key: example”. */
  readonly example: string;
  /** For 'items': the fields of each item; a plain text item is shorthand for its title. */
  readonly items?: readonly SpecField[];
}

/** Longest talk a spec may ask for; beyond it the number is almost surely a typo (200 for 20). */
export const MAX_MINUTES = 180;

const SUBPOINT_FIELDS: readonly SpecField[] = [
  { key: 'title', label: '小标题', kind: 'heading', required: true, example: '坚持把政治建设摆在首位' },
  { key: 'notes', label: '写作要点', kind: 'notes', required: false, example: '落实“第一议题”制度' },
];

const POINT_FIELDS: readonly SpecField[] = [
  { key: 'title', label: '这一点的标题', kind: 'heading', required: true, example: '提高政治站位，深刻认识机关党建的重要意义' },
  { key: 'notes', label: '写作要点', kind: 'notes', required: false, example: '结合巡察反馈的问题，讲清楚“灯下黑”' },
  { key: 'subpoints', label: '下一级小标题', kind: 'items', required: false, example: '[{title: 坚持政治引领}]', items: SUBPOINT_FIELDS },
];

export const SPEC_FIELDS: readonly SpecField[] = [
  { key: 'title', label: '讲话标题', kind: 'text', required: true, example: '在全市机关党建工作会议上的讲话' },
  { key: 'meeting', label: '会议名称', kind: 'text', required: true, example: '全市机关党建工作会议' },
  { key: 'speaker', label: '讲话人（职务和姓名）', kind: 'text', required: true, example: '市委常委、组织部部长 张三' },
  { key: 'date', label: '讲话日期', kind: 'text', required: false, example: '2024年3月1日' },
  { key: 'minutes', label: '目标时长（分钟）', kind: 'minutes', required: true, example: '20' },
  { key: 'points', label: '要讲的几点', kind: 'items', required: true, example: '[{title: 提高政治站位}]', items: POINT_FIELDS },
  { key: 'closing', label: '结束语', kind: 'text', required: false, example: '同志们，让我们以更加昂扬的精神状态，奋力开创工作新局面！' },
];
