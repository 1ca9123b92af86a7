import { InputError } from '../errors.js';
import { alignParagraphMarkers } from './align-paragraph-markers.js';
import { checkWordArchive } from './check-word-archive.js';
import { documentText, docxParagraphs, paragraphText, type DocxElement, type DocxText } from './docx-document-text.js';
import { readListDefinitions } from './docx-list-definitions.js';
import { letters, paragraphMarkers } from './docx-paragraph-markers.js';
import { docxXmlParts } from './docx-xml-part.js';

/**
 * The text of a .docx, one paragraph per line, with the numbers of Word's automatic numbering and the
 * spans of heading-style paragraphs. mammoth's extractRawText drops manual line breaks (Shift+Enter),
 * which documents pasted from web pages use as paragraph ends, and mammoth keeps no list numbers, so we
 * walk mammoth's document model ourselves through its transformDocument hook and hand it back empty
 * (we need no HTML); the numbers come from our own reading of the list definitions (list-counter.ts).
 */
export async function readDocx(bytes: Uint8Array, path: string): Promise<DocxText> {
  checkWordArchive(bytes, path);
  const { default: mammoth } = await import('mammoth');
  let model: DocxElement | undefined;
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        transformDocument: (document: DocxElement) => {
          model = document;
          return { ...document, children: [] };
        },
      },
    );
  } catch (error) {
    throw new InputError(describeFailure(error), path);
  }
  if (model === undefined) throw new InputError('Word 文档没有可读取的正文；请用 Word 或 WPS 打开后重新保存再试', path);
  return documentText(model, listMarkers(bytes, model));
}

/** Each numbered paragraph of mammoth's model with the marker Word shows for it; none without word/numbering.xml. */
function listMarkers(bytes: Uint8Array, document: DocxElement): Map<DocxElement, string> {
  const markers = new Map<DocxElement, string>();
  const part = docxXmlParts(bytes);
  const numbering = part('word/numbering.xml');
  if (!numbering) return markers;
  const definitions = readListDefinitions(numbering, part('word/styles.xml'));
  // A document whose lists are never instantiated (Word and docx.js write a numbering part anyway) needs no second walk.
  const body = definitions.instances.size > 0 && part('word/document.xml');
  if (!body) return markers;
  const paragraphs = docxParagraphs(document);
  const aligned = alignParagraphMarkers(paragraphs.map((p) => letters(paragraphText(p))), paragraphMarkers(body, definitions));
  aligned.forEach((marker, i) => marker !== undefined && markers.set(paragraphs[i]!, marker));
  return markers;
}

function describeFailure(error: unknown): string {
  const message = String((error as Error)?.message ?? error);
  if (/main document part/i.test(message)) {
    return 'Word 文档缺少正文部分（word/document.xml），文件可能已损坏；请用 Word 或 WPS 打开后重新保存再试';
  }
  if (/xml/i.test(message)) return 'Word 文档的 XML 内容已损坏，无法解析；请用 Word 或 WPS 打开后重新保存再试';
  const reason = message.split('\n')[0]!.trim();
  return `Word 文档无法解析（${reason}）；请用 Word 或 WPS 打开后重新保存再试`;
}
