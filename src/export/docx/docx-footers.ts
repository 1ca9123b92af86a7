import type { Footer, IIndentAttributesProperties } from 'docx';
import type { PageNumberFormat } from '../export-style.js';
import { STYLE_ID } from './docx-styles.js';

type Docx = typeof import('docx');

export interface PageFooters {
  readonly footers: { readonly default: Footer; readonly even?: Footer };
  /** Word's "different odd and even pages" setting. */
  readonly evenAndOdd: boolean;
}

/**
 * Page number footers "— N —" (a PAGE field between the dashes). 'outside': odd pages right with a
 * one-character right indent, even pages left with a one-character left indent; 'center': one
 * centred footer for every page.
 */
export function buildFooters(docx: Docx, format: PageNumberFormat): PageFooters {
  const footer = (alignment: 'left' | 'right' | 'center', indent: IIndentAttributesProperties) =>
    new docx.Footer({
      children: [
        new docx.Paragraph({
          style: STYLE_ID.pageNumber,
          alignment,
          indent,
          children: [new docx.TextRun({ children: [format.before, docx.PageNumber.CURRENT, format.after] })],
        }),
      ],
    });
  if (format.placement === 'center') return { footers: { default: footer('center', {}) }, evenAndOdd: false };
  const oneCharacter = format.indentChars * format.size * 10;
  return {
    footers: {
      default: footer('right', { right: oneCharacter }),
      even: footer('left', { left: oneCharacter }),
    },
    evenAndOdd: true,
  };
}
