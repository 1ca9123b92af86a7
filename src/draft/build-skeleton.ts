import { stringify } from 'yaml';
import type { OutlineItem } from '../analyze/types.js';
import type { Speech } from '../model.js';
import { LineIndex } from '../text/line-index.js';
import { announcePoints } from './announce-points.js';
import { tidyMarkdown } from './draft-from-spec.js';
import { htmlComment } from './hint-comments.js';
import { joinList } from './join-list.js';
import { findMarkerStyle } from './marker-styles.js';

/** A numbered formulation of the model speech, and the paragraphs it occurs in. */
export interface SkeletonFormulation {
  readonly term: string;
  readonly members: readonly string[] | null;
  readonly occurrences: readonly { readonly paragraph: number }[];
}

/** What the analysis of a model speech gives the skeleton. */
export interface SkeletonInput {
  readonly speech: Speech;
  readonly outline: readonly OutlineItem[];
  readonly formulations: readonly SkeletonFormulation[];
}

/**
 * A draft skeleton with the structure of a model speech (范文): the same sections at the same levels
 * with the same markers, its headings kept as prompts to rewrite, the length of each part and the
 * formulations it used as hints. Headings of the document styles (一、 （一） 1. （1）) become Markdown
 * headings at their level; inline ones (第一， 一是 首先) and unmarked sections open a paragraph, as
 * in the model. Announces the count of top-level sections so the skeleton's count is right.
 */
export function buildSkeleton({ speech, outline, formulations }: SkeletonInput): string {
  const { source, metadata } = speech.normalized;
  const lines = new LineIndex(source.original);
  const paragraphs = speech.paragraphs;
  const hanChars = (from: number, to: number): number =>
    paragraphs.slice(from, to).reduce((sum, p) => sum + (p.value.match(/\p{Script=Han}/gu)?.length ?? 0), 0);
  const firstParagraph = outline[0]?.paragraph ?? paragraphs.length;
  const formulationsIn = (from: number, to: number): string[] =>
    formulations
      .filter((f) => {
        const first = Math.min(...f.occurrences.map((o) => o.paragraph));
        return first >= from && first < to;
      })
      .map((f) => htmlComment(`提法：${f.term}${f.members?.length ? `——${joinList(f.members)}` : ''}`));

  const out: string[] = [];
  const meta = { meeting: metadata.meeting, speaker: metadata.speaker, model: source.path };
  const metaLines = Object.entries(meta).filter(([, v]) => v);
  out.push('---', ...metaLines.map(([k, v]) => `${k}: ${stringify(v, { lineWidth: 0 }).trimEnd()}`), '---', '');
  out.push(`# ${speech.title?.value ?? metadata.title ?? '讲话标题'}`, '');
  out.push(htmlComment(`骨架：按范文 ${source.path} 的结构生成。标题和各级小标题沿用范文原文，请按本次讲话的主题逐一改写；正文请重新撰写。`), '');
  out.push('同志们：', '');
  out.push(htmlComment(`提示：范文开场约 ${hanChars(0, firstParagraph)} 字。`), ...formulationsIn(0, firstParagraph), '');
  if (outline.length > 0) out.push(`下面，我${announcePoints(outline.length)}。`, '');

  const visit = (item: OutlineItem, sectionEnd: number): void => {
    out.push(itemLine(item), '');
    const where = `${source.path}:${lines.locate(item.span.start).line}`;
    const length = item.level === 1 ? `，约 ${hanChars(item.paragraph, sectionEnd)} 字` : '';
    out.push(htmlComment(`改写：范文此处（${where}${length}）`), ...(item.level === 1 ? formulationsIn(item.paragraph, sectionEnd) : []), '');
    item.children.forEach((child, i) => visit(child, item.children[i + 1]?.paragraph ?? sectionEnd));
  };
  outline.forEach((item, i) => visit(item, outline[i + 1]?.paragraph ?? paragraphs.length));
  return tidyMarkdown(out.join('\n'));
}

/** `## 一、heading` for a document-style marker; otherwise a paragraph opening as the model's did. */
function itemLine(item: OutlineItem): string {
  const level = findMarkerStyle(item.family)?.level;
  if (level) return `${'#'.repeat(level + 1)} ${item.marker}${item.text}`;
  const sentence = item.sentence;
  const start = item.marker ? sentence.indexOf(item.marker) : 0;
  const textAt = sentence.indexOf(item.text, start + item.marker.length);
  if (start < 0 || textAt < 0) return `${item.marker}${item.text}。`;
  const end = textAt + item.text.length;
  const stop = /[。！？：；]/.test(sentence[end] ?? '') ? sentence[end] : '。';
  return `${sentence.slice(start, end)}${stop}`;
}
