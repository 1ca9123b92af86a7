import type { ExportDocument } from '../export-document.js';
import type { ExportStyle, FontProfile } from '../export-style.js';
import { titleLines } from '../break-title.js';
import { layoutMetrics } from '../layout-metrics.js';
import { buildFooters } from './docx-footers.js';
import { buildParagraphs } from './docx-paragraphs.js';
import { buildStyles } from './docx-styles.js';

export interface DocxOptions {
  readonly style: ExportStyle;
  readonly fonts: FontProfile;
}

/**
 * Writes an export document as .docx bytes. The only module that knows the docx package (loaded
 * here, on first use): page setup, styles, footers, paragraphs. Pure: no file is touched. A title
 * longer than a line is broken between words (which loads the segmenter).
 */
export async function writeDocx(document: ExportDocument, { style, fonts }: DocxOptions): Promise<Uint8Array> {
  const docx = await import('docx');
  const metrics = layoutMetrics(style);
  const { page } = style;
  const { footers, evenAndOdd } = buildFooters(docx, style.pageNumber);
  const doc = new docx.Document({
    title: document.title ?? '',
    creator: document.meta.speaker ?? '',
    description: document.meta.meeting ?? '',
    evenAndOddHeaderAndFooters: evenAndOdd,
    styles: buildStyles(style, fonts, metrics),
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height },
            margin: {
              top: page.marginTop,
              bottom: page.marginBottom,
              left: page.marginLeft,
              right: page.marginRight,
              header: page.header,
              footer: page.footer,
              gutter: 0,
            },
          },
          // No grid type: the exact line spacing and the condensing of the styles do the grid's job.
          grid: { linePitch: metrics.lineSpacing },
        },
        footers,
        children: buildParagraphs(docx, document, style, metrics, document.title === undefined ? [] : await titleLines(document.title, style)),
      },
    ],
  });
  return new Uint8Array(await docx.Packer.toBuffer(doc));
}
