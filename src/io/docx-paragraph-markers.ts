import type { ListDefinitions } from './docx-list-definitions.js';
import { childValue, firstChild, type XmlElement } from './docx-xml-part.js';
import { ListCounter } from './list-counter.js';

/** A paragraph of word/document.xml: its letters and digits (to pair it with mammoth's) and its list marker. */
export interface ParagraphMarker {
  readonly key: string;
  readonly marker?: string;
}

/**
 * Elements mammoth reads the content of (lib/docx/body-reader.js); it skips every other one (w:del,
 * w:moveFrom, DrawingML shapes …). Walking the same ones gives the paragraphs mammoth gives, in its order.
 */
const READ_ELEMENTS: ReadonlySet<string> = new Set([
  'w:r', 'w:hyperlink', 'w:tbl', 'w:tr', 'w:tc', 'w:customXml', 'w:ins', 'w:moveTo', 'w:object', 'w:smartTag',
  'w:pict', 'v:roundrect', 'v:shape', 'v:textbox', 'w:txbxContent', 'v:group', 'v:rect',
]);

/**
 * The paragraphs of the document body in mammoth's order, each with the marker Word displays for
 * it when it is numbered (its own w:numPr, or its paragraph style's). A paragraph inside a text box
 * comes right after the paragraph holding the box, as mammoth puts it.
 */
export function paragraphMarkers(document: XmlElement, definitions: ListDefinitions): ParagraphMarker[] {
  const counter = new ListCounter(definitions);
  const paragraphs: ParagraphMarker[] = [];
  const body = firstChild(firstChild(document, 'w:document'), 'w:body');
  // A paragraph whose mark is deleted (tracked change) joins the next one, as mammoth joins them.
  let carriedKey = '';

  const walk = (elements: readonly XmlElement[], into: { key: string } | undefined): void => {
    for (const element of elements) {
      if (element.name === 'w:t' && into) into.key += letters(element.text);
      else if (element.name === 'w:p') readParagraph(element);
      else if (element.name === 'w:sdt') walk(firstChild(element, 'w:sdtContent')?.children ?? [], into);
      else if (element.name === 'mc:AlternateContent') walk(firstChild(element, 'mc:Fallback')?.children ?? [], into);
      else if (element.name === 'w:tr' && firstChild(firstChild(element, 'w:trPr'), 'w:del')) continue;
      else if (READ_ELEMENTS.has(element.name)) walk(element.children, into);
    }
  };
  const readParagraph = (element: XmlElement): void => {
    const properties = firstChild(element, 'w:pPr');
    const text = { key: carriedKey };
    carriedKey = '';
    if (firstChild(firstChild(properties, 'w:rPr'), 'w:del')) {
      walk(element.children, text);
      carriedKey = text.key;
      return;
    }
    const numbering = paragraphNumbering(properties, definitions);
    const marker = numbering && counter.next(numbering.numId, numbering.level);
    const index = paragraphs.push({ key: '' }) - 1;
    walk(element.children, text);
    paragraphs[index] = marker === undefined ? { key: text.key } : { key: text.key, marker };
  };
  walk(body?.children ?? [], undefined);
  return paragraphs;
}

/** The list and level a paragraph is numbered with, from its own w:numPr over its style's; none for numId 0. */
function paragraphNumbering(properties: XmlElement | undefined, definitions: ListDefinitions): { numId: string; level: number } | undefined {
  const own = firstChild(properties, 'w:numPr');
  const styleId = childValue(properties, 'w:pStyle') ?? definitions.defaultParagraphStyle;
  const style = styleNumbering(styleId, definitions);
  const numId = childValue(own, 'w:numId') ?? style?.numId;
  if (numId === undefined || numId === '0') return undefined;
  const ownLevel = Number.parseInt(childValue(own, 'w:ilvl') ?? '', 10);
  if (Number.isInteger(ownLevel)) return { numId, level: ownLevel };
  if (style?.level !== undefined) return { numId, level: style.level };
  // A style numbered without a level takes the level of the list linked to that style (w:lvl/w:pStyle).
  const linked = definitions.instances.get(numId)?.levels.findIndex((l) => l !== undefined && l.paragraphStyleId === styleId);
  return { numId, level: linked !== undefined && linked >= 0 ? linked : 0 };
}

/** A style's numbering: list and level each from the nearest style along the w:basedOn chain that sets it. */
function styleNumbering(styleId: string | undefined, definitions: ListDefinitions): { numId: string; level?: number } | undefined {
  const seen = new Set<string>();
  let numId: string | undefined;
  let level: number | undefined;
  for (let id = styleId; id !== undefined && !seen.has(id); id = definitions.paragraphStyles.get(id)?.basedOn) {
    seen.add(id);
    const style = definitions.paragraphStyles.get(id);
    numId ??= style?.numId;
    level ??= style?.level;
  }
  return numId === undefined ? undefined : { numId, ...(level !== undefined && { level }) };
}

/** Letters and digits only: tabs, breaks and symbols are read differently by mammoth and do not pair paragraphs. */
export function letters(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '');
}
