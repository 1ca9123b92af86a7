import { Parser } from 'htmlparser2';
import type { MappedText } from '../text/mapped-text.js';
import { TextExtraction } from './text-extraction.js';

/** Elements that start and end a line of text (a paragraph of the speech). */
const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'center', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section',
  'table', 'tr', 'ul',
]);

/** Table cells: a row stays one line ("供稿单位： 市直机关工委"), its cells apart by a space. */
const CELL_ELEMENTS: ReadonlySet<string> = new Set(['td', 'th']);

/** Elements whose content is never speech text: code, page furniture, embedded media. */
const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'canvas', 'datalist', 'head', 'iframe', 'math', 'nav', 'noscript', 'object', 'script', 'select', 'style', 'svg',
  'template', 'title',
]);

/** Inline styles that hide an element; copy-protected pages hide junk characters this way. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

const WHITESPACE_RUN = /[ \t\n\r\f]+/g;

/** The text of a saved web page, one block (paragraph, heading, list item, table row) per line. */
export function htmlToText(html: string): MappedText {
  const extraction = new TextExtraction(html);
  extractHtmlText(extraction, 0, html.length);
  return extraction.finish();
}

/**
 * Adds the text of the HTML in original[start, end) to an extraction: tags dropped, entities
 * decoded (mapped to the whole entity), whitespace collapsed as a browser does, except in <pre>
 * (whose lines stay lines).
 */
export function extractHtmlText(extraction: TextExtraction, start: number, end: number): void {
  const original = extraction.original;
  const skipped: boolean[] = [];
  let preDepth = 0;
  let space: { start: number; end: number } | undefined; // kept only if text follows on the same line
  const lineBreak = (): void => {
    space = undefined;
    extraction.breakLine();
  };
  const keepText = (from: number, to: number, text: string): void => {
    if (space && !extraction.atLineStart) extraction.replace(space.start, space.end, ' ');
    space = undefined;
    extraction.replace(from, to, text);
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const hidden = 'hidden' in attributes || HIDDEN_STYLE.test(attributes.style ?? '');
        skipped.push(skipped.at(-1) === true || SKIPPED_ELEMENTS.has(name) || hidden);
        if (name === 'pre') preDepth++;
        if (skipped.at(-1)) return;
        if (BLOCK_ELEMENTS.has(name)) lineBreak();
        else if (CELL_ELEMENTS.has(name) && !extraction.atLineStart) {
          space ??= { start: start + parser.startIndex, end: start + parser.endIndex + 1 };
        }
      },
      onclosetag(name) {
        const wasSkipped = skipped.pop();
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (!wasSkipped && BLOCK_ELEMENTS.has(name)) lineBreak();
      },
      ontext(data) {
        if (skipped.at(-1)) return;
        const from = start + parser.startIndex;
        const to = start + parser.endIndex + 1;
        if (preDepth > 0 && original.slice(from, to) === data) {
          // preformatted: spaces kept, each source line one line of text
          let at = from;
          for (const lineEnd of data.matchAll(/\r?\n/g)) {
            if (from + lineEnd.index > at) keepText(at, from + lineEnd.index, original.slice(at, from + lineEnd.index));
            lineBreak();
            at = from + lineEnd.index + lineEnd[0].length;
          }
          if (at < to) keepText(at, to, original.slice(at, to));
          return;
        }
        if (original.slice(from, to) !== data) {
          // a character reference: whitespace ones collapse like any whitespace
          if (/^[ \t\n\r\f]+$/.test(data)) space ??= { start: from, end: to };
          else keepText(from, to, data);
          return;
        }
        let at = from;
        for (const run of data.matchAll(WHITESPACE_RUN)) {
          if (from + run.index > at) keepText(at, from + run.index, original.slice(at, from + run.index));
          space ??= { start: from + run.index, end: from + run.index + run[0].length };
          at = from + run.index + run[0].length;
        }
        if (at < to) keepText(at, to, original.slice(at, to));
      },
    },
    { decodeEntities: true },
  );
  parser.end(original.slice(start, end));
}
