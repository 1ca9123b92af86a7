import type { Paragraph } from 'docx';
import type { ExportBlock, ExportDocument } from '../export-document.js';
import type { ExportStyle } from '../export-style.js';
import type { LayoutMetrics } from '../layout-metrics.js';
import { STYLE_ID } from './docx-styles.js';

type Docx = typeof import('docx');

/**
 * The paragraphs of the document: title, byline (house styles with one), then one Word paragraph per
 * block, each on its style. Markers are literal text, never Word list numbering, so they survive
 * copy-paste into WPS. Runs carry only the eastAsia hint (as Word writes it), so quotes and dashes
 * take the Chinese font; faces and sizes come from the styles. Widow control is off on every
 * paragraph (the docx package sets it on paragraphs only): the standard's page holds 22 lines, and
 * moving a paragraph's last line over would leave pages of 21.
 */
export function buildParagraphs(
  docx: Docx,
  document: ExportDocument,
  style: ExportStyle,
  metrics: LayoutMetrics,
  /** The title broken into lines (break-title.ts); one paragraph with line breaks. */
  titleLines: readonly string[],
): Paragraph[] {
  const run = (text: string, characterStyle?: string, lineBreak = false) =>
    new docx.TextRun({ text, font: { hint: 'eastAsia' }, ...(characterStyle ? { style: characterStyle } : {}), ...(lineBreak ? { break: 1 } : {}) });

  const head: { lines: readonly string[]; style: string }[] = [];
  if (document.title !== undefined) head.push({ lines: titleLines, style: STYLE_ID.title });
  if (style.byline) {
    if (document.meta.speaker) head.push({ lines: [document.meta.speaker], style: STYLE_ID.byline });
    const [open, close] = style.byline.dateBrackets;
    if (document.meta.date) head.push({ lines: [`${open}${document.meta.date}${close}`], style: STYLE_ID.byline });
  }
  const headParagraphs = head.map(
    (entry, i) =>
      new docx.Paragraph({
        style: entry.style,
        widowControl: false,
        children: entry.lines.map((line, j) => run(line, undefined, j > 0)),
        // The blank line(s) between head and body, as spacing on the grid rather than empty paragraphs.
        ...(i === head.length - 1 && style.linesAfterHead > 0 ? { spacing: { after: style.linesAfterHead * metrics.lineSpacing } } : {}),
      }),
  );

  const blockParagraph = (block: ExportBlock): Paragraph => {
    switch (block.kind) {
      case 'heading':
        return new docx.Paragraph({
          style: STYLE_ID.headings[block.level - 1],
          widowControl: false,
          children: [run(`${block.marker}${block.text}`), ...(block.rest ? [run(block.rest, STYLE_ID.bodyRun)] : [])],
        });
      case 'salutation':
        return new docx.Paragraph({ style: STYLE_ID.salutation, widowControl: false, children: [run(block.text)] });
      case 'paragraph':
        return new docx.Paragraph({ style: STYLE_ID.body, widowControl: false, children: [run(block.text)] });
    }
  };
  return [...headParagraphs, ...document.blocks.map(blockParagraph)];
}
