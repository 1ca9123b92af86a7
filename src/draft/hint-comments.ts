import { joinList } from './join-list.js';
import type { LengthBudget } from './length-budget.js';

/**
 * Hints for the writer, as HTML comments: they stay in the Markdown draft and the export leaves
 * them out (docs/draft-format.md).
 */
export function htmlComment(text: string): string {
  // “--” may not occur inside an HTML comment; a corpus sentence could carry one.
  return `<!-- ${text.replace(/\s+/g, ' ').replace(/-(?=-)/g, '- ').trim()} -->`;
}

/** 本部分约 600 字 / 回顾成绩约 430 字. */
export function lengthHint(chars: number, label?: string): string {
  return htmlComment(`提示：${label ?? '本部分'}约 ${chars} 字。`);
}

/** The whole budget on one line, under the title. */
export function budgetSummary(budget: LengthBudget): string {
  const parts = joinList(budget.parts.map((p) => `${p.label}约 ${p.chars} 字`));
  return htmlComment(`提示：目标 ${budget.minutes} 分钟，按每分钟 ${budget.rate} 字计，全文约 ${budget.total} 字：${parts}。`);
}

/** A sentence from the user's corpus that shares keywords with a point, and where it is. */
export interface PhraseIdea {
  readonly text: string;
  readonly file: string;
  readonly line: number;
  readonly keywords: readonly string[];
}

/** What a point or sub-point carries into the hints under its heading. */
export interface HintedItem {
  readonly chars: number;
  readonly notes: readonly string[];
  readonly ideas: readonly PhraseIdea[];
  /** A point's sub-points; a sub-point has none. */
  readonly subpoints?: readonly unknown[];
}

const hasSubpoints = (item: HintedItem): boolean => (item.subpoints?.length ?? 0) > 0;

/**
 * Where the text of a point without sub-points goes, as body text: it survives the export to Word
 * (the comments do not), and a section with text under its heading reads as a section.
 */
export function expandPrompt(item: HintedItem): string {
  return hasSubpoints(item) ? '' : `（此处展开，约 ${item.chars} 字。）`;
}

/**
 * Under a heading, one comment a line: the length of a point with sub-points (the others carry it
 * in their prompt), the spec's notes, and phrase ideas from the corpus.
 */
export function itemHints(item: HintedItem): string {
  return [
    ...(hasSubpoints(item) ? [lengthHint(item.chars, '本部分（含各小点）')] : []),
    ...item.notes.map((note) => htmlComment(`要点：${note}`)),
    ...item.ideas.map(ideaHint),
  ].join('\n');
}

/** 参考：a corpus sentence（file:line）. */
export function ideaHint(idea: PhraseIdea): string {
  return htmlComment(`参考：${idea.text}（${idea.file}:${idea.line}）`);
}
