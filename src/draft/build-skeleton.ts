import { stringify } from 'yaml';
import type { Announcement, OutlineItem } from '../analyze/types.js';
import type { Speech } from '../model.js';
import { LineIndex } from '../text/line-index.js';
import { announcePoints } from './announce-points.js';
import { tidyMarkdown } from './draft-from-spec.js';
import { htmlComment, ideaHint, type PhraseIdea } from './hint-comments.js';
import { joinList } from './join-list.js';
import { findMarkerStyle } from './marker-styles.js';
import { modelAnnouncements } from './model-announcements.js';
import { createSectionLength } from './section-length.js';

/** A numbered formulation of the model speech, and the paragraphs it occurs in. */
export interface SkeletonFormulation {
  readonly term: string;
  readonly members: readonly string[] | null;
  /** A well-known formulation's members from the lexicon, shown when the model does not spell them out. */
  readonly standardMembers?: { readonly members: readonly string[] } | null;
  readonly occurrences: readonly { readonly paragraph: number }[];
}

/** What the analysis of a model speech gives the skeleton. */
export interface SkeletonInput {
  readonly speech: Speech;
  readonly outline: readonly OutlineItem[];
  readonly announced: readonly Announcement[];
  readonly formulations: readonly SkeletonFormulation[];
  /** Phrase ideas for each top-level section, in order (--suggest). */
  readonly ideas?: readonly (readonly PhraseIdea[])[];
}

/**
 * A draft skeleton with the structure of a model speech (范文): the same sections at the same levels
 * with the same markers, its headings kept as prompts to rewrite, the sentences that announce its
 * parts, a “此处展开” line where each section's text goes, and as hints the length of each part in
 * the model and the formulations it used. Document-style markers (一、 （一） 1. （1）) become
 * Markdown headings at their level; inline ones (第一， 一是 首先) and unmarked sections open a
 * paragraph, as in the model.
 */
export function buildSkeleton({ speech, outline, announced, formulations, ideas }: SkeletonInput): string {
  const { source, metadata } = speech.normalized;
  const lines = new LineIndex(source.original);
  const length = createSectionLength(speech, outline);
  const introductions = modelAnnouncements(speech, announced, outline);
  const hasOwnAnnouncement = outline.some((item) => introductions.has(item));
  const formulationNotes = (from: number, to: number): string[] =>
    formulations
      .filter((f) => f.occurrences.length > 0 && inRange(Math.min(...f.occurrences.map((o) => o.paragraph)), from, to))
      .map((f) => {
        const members = f.members ?? f.standardMembers?.members;
        return htmlComment(`提法：${f.term}${members?.length ? `——${listMembers(members)}` : ''}`);
      });

  const out: string[] = [];
  const meta = Object.entries({ meeting: metadata.meeting, speaker: metadata.speaker, model: source.path }).filter(([, v]) => v);
  out.push('---', ...meta.map(([k, v]) => `${k}: ${stringify(v, { lineWidth: 0 }).trimEnd()}`), '---', '');
  out.push(`# ${speech.title?.value ?? metadata.title ?? '讲话标题'}`, '');
  out.push(htmlComment(`骨架：按范文 ${source.path} 的结构生成。标题、各级小标题和宣布数目的句子沿用范文原文，请按本次讲话的主题逐一改写；“此处展开”处重新撰写正文。`), '');
  out.push('同志们：', '', htmlComment(`提示：范文开场约 ${length.opening} 字。`), ...formulationNotes(0, outline[0]?.paragraph ?? Infinity), '');
  if (outline.length > 0 && !hasOwnAnnouncement) out.push(`下面，我${announcePoints(outline.length)}。`, '');

  const visit = (item: OutlineItem, next: OutlineItem | undefined, top: number): void => {
    const introduction = introductions.get(item);
    if (introduction) out.push(introduction, '');
    const chars = length.of(item);
    const expand = item.children.length === 0 ? `（此处展开，范文约 ${chars} 字。）` : '';
    const heading = markdownHeading(item);
    out.push(...(heading ? [heading, '', ...(expand ? [expand] : [])] : [`${openingSentence(item)}${expand}`]), '');
    const where = `${source.path}:${lines.locate(item.span.start).line}`;
    out.push(htmlComment(`改写：范文此处在 ${where}${item.children.length ? `，这一部分约 ${chars} 字` : ''}`));
    if (item.level === 1) out.push(...formulationNotes(item.paragraph, next?.paragraph ?? Infinity), ...(ideas?.[top] ?? []).map(ideaHint));
    out.push('');
    item.children.forEach((child, i) => visit(child, item.children[i + 1] ?? next, top));
  };
  outline.forEach((item, i) => visit(item, outline[i + 1], i));
  return tidyMarkdown(out.join('\n'));
}

/** Members joined with 、 and 和, or with ； when a member has commas of its own. */
const listMembers = (members: readonly string[]): string => (members.some((m) => /[，、]/.test(m)) ? members.join('；') : joinList(members));

const inRange = (n: number, from: number, to: number): boolean => n >= from && n < to;

/** `## 一、heading` for a document-style marker, at the depth of its level; null for the others. */
function markdownHeading(item: OutlineItem): string | null {
  const level = findMarkerStyle(item.family)?.level;
  return level ? `${'#'.repeat(level + 1)} ${item.marker}${item.text}` : null;
}

/** The model's own opening of an inline or unmarked section: marker, separator, heading, stop. */
function openingSentence(item: OutlineItem): string {
  const sentence = item.sentence;
  const start = item.marker ? sentence.indexOf(item.marker) : 0;
  const textAt = start < 0 ? -1 : sentence.indexOf(item.text, start + item.marker.length);
  if (textAt < 0) return `${item.marker}${item.text}。`;
  const end = textAt + item.text.length;
  const stop = /[。！？：；]/.test(sentence[end] ?? '') ? sentence[end] : '。';
  return `${sentence.slice(start, end)}${stop}`;
}
