import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { MAX_UNPACKED_BYTES } from '../../src/io/check-word-archive.js';
import { readSource } from '../../src/io/read-source.js';
import { readZipDirectory } from '../../src/io/zip-directory.js';

const TITLE = '2024年机关党的建设工作会议讲话';
const OPENING = '今天，我们在这里召开全市机关党的建设工作会议，x书记亲自到会。';
const HEADING = '一、认清形势、提高认识，深刻理解把握机关党建高质量发展的重要性和紧迫性';
const FIRST = '第一，实现机关党建高质量发展，是推进全面从严治党要求落实落细的必然要求。';
const PASTED = '近年来，机关各级党组织党建主责主业意识不断增强。';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'speechkit-docx-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A .docx as Word saves one: title, heading style, a paragraph with a Shift+Enter break, a table. */
function speechDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: TITLE, heading: HeadingLevel.TITLE }),
          new Paragraph(OPENING),
          new Paragraph({ text: HEADING, heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun(FIRST), new TextRun({ text: PASTED, break: 1 })] }),
          new Paragraph(''),
          new Table({
            rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('供稿单位：')] }), new TableCell({ children: [new Paragraph('市直机关工委')] })] })],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

async function write(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

/** Sets the uncompressed size the central directory declares for `entry` (a forged archive). */
function declareSize(archive: Buffer, entry: string, size: number): Buffer {
  const forged = Buffer.from(archive);
  const end = forged.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let offset = forged.readUInt32LE(end + 16);
  for (;;) {
    const nameLength = forged.readUInt16LE(offset + 28);
    if (forged.toString('utf8', offset + 46, offset + 46 + nameLength) === entry) break;
    offset += 46 + nameLength + forged.readUInt16LE(offset + 30) + forged.readUInt16LE(offset + 32);
  }
  forged.writeUInt32LE(size, offset + 24);
  return forged;
}

async function readFailure(path: string): Promise<InputError> {
  const error = await readSource(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  expect((error as InputError).file).toBe(path);
  return error as InputError;
}

describe('reading a .docx', () => {
  it('gives one paragraph per line, a manual line break as a line break, table cells as lines', async () => {
    const doc = await readSource(await write('讲话 稿.docx', await speechDocx()));
    expect(doc).toMatchObject({ format: 'docx', encoding: 'docx' });
    expect(doc.original).toBe([TITLE, OPENING, HEADING, FIRST, PASTED, '', '供稿单位：', '市直机关工委', ''].join('\n'));
    expect(doc.text.value).toBe(doc.original);
    expect(doc.warnings).toBeUndefined();
  });

  it('reads a Word file whatever its name says', async () => {
    expect((await readSource(await write('讲话.txt', await speechDocx()))).original).toContain(HEADING);
  });

  it('reads an empty .docx (what Windows makes for "New > Word document") as an empty document', async () => {
    const doc = await readSource(await write('新建 Microsoft Word 文档.docx', new Uint8Array()));
    expect(doc).toMatchObject({ format: 'docx', original: '' });
    expect(doc.warnings?.map((w) => w.ruleId)).toEqual(['read/no-text']);
  });

  it('refuses a .doc renamed .docx, saying how to convert it', async () => {
    const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]);
    expect((await readFailure(await write('old.docx', ole))).message).toMatch(/旧版 Word（\.doc）.*另存为/);
  });

  it('refuses a text file named .docx', async () => {
    expect((await readFailure(await write('text.docx', Buffer.from(OPENING)))).message).toMatch(/不是 Word 文档.*不是 ZIP/);
  });

  it('refuses a ZIP without a Word document, and names Excel files', async () => {
    const zip = await new JSZip().file('说明.txt', OPENING).generateAsync({ type: 'nodebuffer' });
    expect((await readFailure(await write('not-word.docx', zip))).message).toBe('不是 Word 文档，而是普通的 ZIP 压缩包；请先解压，再读取其中的讲话稿文件');
    expect((await readFailure(await write('archive.zip', zip))).message).toBe('不是文本文件，而是普通的 ZIP 压缩包；请先解压，再读取其中的讲话稿文件');
    const xlsx = await new JSZip().file('[Content_Types].xml', '<Types/>').file('xl/workbook.xml', '<workbook/>').generateAsync({ type: 'nodebuffer' });
    expect((await readFailure(await write('sheet.docx', xlsx))).message).toMatch(/Excel/);
  });

  it('refuses a Word package without its main document part', async () => {
    const zip = await JSZip.loadAsync(await speechDocx());
    zip.remove('word/document.xml');
    const message = (await readFailure(await write('no-body.docx', await zip.generateAsync({ type: 'nodebuffer' })))).message;
    expect(message).toMatch(/缺少正文部分/);
  });

  it('refuses a .docx whose XML is broken', async () => {
    const zip = await JSZip.loadAsync(await speechDocx());
    const xml = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', xml.slice(0, Math.floor(xml.length * 0.6)));
    const message = (await readFailure(await write('broken.docx', await zip.generateAsync({ type: 'nodebuffer' })))).message;
    expect(message).toMatch(/XML 内容已损坏.*重新保存/);
  });

  it('refuses a .docx cut short (a download that did not finish)', async () => {
    const bytes = await speechDocx();
    expect((await readFailure(await write('cut.docx', bytes.subarray(0, bytes.length - 200)))).message).toMatch(/ZIP 结构不完整/);
  });

  it('refuses a .docx that declares more than the unpacked-size limit', async () => {
    const forged = declareSize(await speechDocx(), 'word/styles.xml', MAX_UNPACKED_BYTES + 1);
    expect((await readFailure(await write('bomb.docx', forged))).message).toMatch(/超过 200 MB 的上限/);
  });

  it('refuses a .docx whose part inflates beyond the size it declares', async () => {
    const zip = await JSZip.loadAsync(await speechDocx());
    const xml = await zip.file('word/document.xml')!.async('string');
    const body = xml.indexOf('<w:body>') + '<w:body>'.length;
    const paragraph = `<w:p><w:r><w:t>${OPENING}</w:t></w:r></w:p>`;
    zip.file('word/document.xml', xml.slice(0, body) + paragraph.repeat(20_000) + xml.slice(body));
    const archive = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const declared = readZipDirectory(archive).find((e) => e.name === 'word/document.xml')!;
    expect(declared.uncompressedSize).toBeGreaterThan(1_000_000);
    const forged = declareSize(archive, 'word/document.xml', 4096);
    expect((await readFailure(await write('forged.docx', forged))).message).toMatch(/超过其声明的大小/);
  });
});
