import type { Span } from '../model.js';

/** The part of mammoth's document model we read (lib/documents.js). */
export interface DocxElement {
  readonly type: string;
  readonly value?: string;
  readonly styleName?: string | null;
  readonly children?: readonly DocxElement[];
}

export interface DocxText {
  /** One paragraph per line, a manual line break (Shift+Enter) also ending a line. */
  readonly text: string;
  /** Spans of the paragraphs in a heading style (Heading 1, 标题 2 …), in order. */
  readonly headings: readonly Span[];
}

/**
 * Word's built-in heading styles as documents name them: Word stores "heading 1" whatever the
 * language of its menus, WPS and converted files may store "标题 1" or "Heading 1".
 */
const HEADING_STYLE = /^(?:heading|标题)\s*[1-9]$/i;

/** mammoth's paragraphs in document order (a text box's paragraphs follow the paragraph holding it). */
export function docxParagraphs(document: DocxElement): DocxElement[] {
  const paragraphs: DocxElement[] = [];
  const visit = (element: DocxElement): void => {
    if (element.type === 'paragraph') paragraphs.push(element);
    element.children?.forEach(visit);
  };
  visit(document);
  return paragraphs;
}

/** The letters and digits of a paragraph's text, which pair it with its w:p (align-paragraph-markers.ts). */
export function paragraphText(paragraph: DocxElement): string {
  if (paragraph.type === 'text') return paragraph.value ?? '';
  return (paragraph.children ?? []).map((child) => (child.type === 'paragraph' ? '' : paragraphText(child))).join('');
}

/**
 * The text of mammoth's document, each paragraph's list marker (what Word displays for automatic
 * numbering: 一、 （一） 1.) written before its text, as a writer who typed the numbers would have.
 */
export function documentText(document: DocxElement, markers: ReadonlyMap<DocxElement, string>): DocxText {
  const headings: Span[] = [];
  let text = '';
  let line = '';
  const visit = (element: DocxElement): void => {
    const start = text.length;
    if (element.type === 'paragraph') line += markers.get(element) ?? '';
    if (element.type === 'text') line += element.value ?? '';
    else if (element.type === 'tab') line += '\t';
    else if (element.type === 'break' && line !== '') {
      text += `${line}\n`;
      line = '';
    }
    element.children?.forEach(visit);
    if (element.type === 'paragraph') {
      text += `${line}\n`;
      line = '';
      const end = text.length - 1;
      if (HEADING_STYLE.test(element.styleName ?? '') && end > start) headings.push({ start, end });
    }
  };
  visit(document);
  if (line !== '') text += `${line}\n`;
  return { text, headings };
}
