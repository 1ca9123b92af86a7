import { InputError } from '../errors.js';
import { checkWordArchive } from './check-word-archive.js';

/** The part of mammoth's document model we read (lib/documents.js). */
interface DocxElement {
  readonly type: string;
  readonly value?: string;
  readonly children?: readonly DocxElement[];
}

/**
 * The text of a .docx, one paragraph per line. mammoth's extractRawText drops manual line breaks
 * (Shift+Enter), which documents pasted from web pages use as paragraph ends, so we walk mammoth's
 * document model ourselves through its transformDocument hook and hand it back empty (we need no HTML).
 */
export async function readDocx(bytes: Uint8Array, path: string): Promise<string> {
  checkWordArchive(bytes, path);
  const { default: mammoth } = await import('mammoth');
  let text: string | undefined;
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        transformDocument: (document: DocxElement) => {
          text = documentText(document);
          return { ...document, children: [] };
        },
      },
    );
  } catch (error) {
    throw new InputError(describeFailure(error), path);
  }
  if (text === undefined) throw new InputError('Word 文档没有可读取的正文；请用 Word 或 WPS 打开后重新保存再试', path);
  return text;
}

function documentText(document: DocxElement): string {
  const lines: string[] = [];
  let line = '';
  const visit = (element: DocxElement): void => {
    if (element.type === 'text') line += element.value ?? '';
    else if (element.type === 'tab') line += '\t';
    else if (element.type === 'break' && line !== '') {
      lines.push(line);
      line = '';
    }
    element.children?.forEach(visit);
    if (element.type === 'paragraph') {
      lines.push(line);
      line = '';
    }
  };
  visit(document);
  if (line !== '') lines.push(line);
  return lines.map((l) => `${l}\n`).join('');
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
