import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readSource } from '../../src/io/read-source.js';
import { expectHanCharactersMapBack, originalOf } from './expect-mapped.js';

const corpus = (name: string): Promise<string> => readFile(new URL(`../../corpus/${name}`, import.meta.url), 'utf8');
const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

let dir: string;
let speech: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'speechkit-read-'));
  speech = await corpus('004_df05c4cd14513717.txt');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function write(name: string, data: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, data);
  return path;
}

async function readFailure(path: string): Promise<string> {
  const error = await readSource(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  expect((error as InputError).file).toBe(path);
  expect((error as InputError).format()).toBe(`${path}: ${(error as InputError).message}`);
  return (error as InputError).message;
}

describe('readSource: text files', () => {
  it('reads a corpus speech as it is: original is the decoded file, text maps to it one to one', async () => {
    const path = await write('004.txt', speech);
    const doc = await readSource(path);
    expect(doc).toMatchObject({ path, format: 'txt', encoding: 'UTF-8', original: speech });
    expect(doc.text.value).toBe(speech);
    expect(doc.warnings).toBeUndefined();
  });

  it('keeps CRLF as decoded (normalize unifies line breaks) and reads GB18030 from a path with spaces and Chinese', async () => {
    const text = speech.replaceAll('\n', '\r\n');
    const doc = await readSource(await write('会议 材料/在全市 机关党建 会议上的讲话.txt', iconv.encode(text, 'gb18030')));
    expect(doc).toMatchObject({ encoding: 'GB18030', original: text });
  });

  it('reads a file named without a known ending as text, and a page saved as .doc as HTML', async () => {
    expect((await readSource(await write('讲话稿', speech))).format).toBe('txt');
    const page = await readSource(await write('下载.doc', iconv.encode(`<html><head><meta charset="gbk"></head><body><p>${speech.split('\n')[1]}</p></body></html>`, 'gbk')));
    expect(page).toMatchObject({ format: 'html', encoding: 'GB18030' });
    expect(page.text.value).toBe(`${speech.split('\n')[1]}\n`);
  });

  it.each([
    ['empty', ''],
    ['whitespace only', ' \n\t\u3000\r\n  \n'],
    ['punctuation only', '。，、；：！？……——“”（）《》\n，。！\n'],
  ])('reads a file of %s, with a warning that there is no text', async (_kind, content) => {
    const doc = await readSource(await write(`blank-${content.length}.txt`, content));
    expect(doc.original).toBe(content);
    expect(doc.warnings?.map((w) => w.ruleId)).toEqual(['read/no-text']);
  });

  it('reads a 50 MB file of one line', async () => {
    const line = speech.replace(/\s+/g, '');
    const huge = line.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(line)));
    const doc = await readSource(await write('huge.txt', huge));
    expect(doc.original.length).toBe(huge.length);
    expect(doc.text.value.length).toBe(huge.length);
  });
});

describe('readSource: Markdown and HTML', () => {
  it('reads a Markdown draft: its metadata, its text mapped into the file', async () => {
    const markdown = `---\ntitle: 2024年机关党的建设工作会议讲话\nspeaker: x书记\n---\n# 2024年机关党的建设工作会议讲话\n\n${speech.split('\n').slice(1, 6).join('\n\n')}\n`;
    const doc = await readSource(await write('draft.md', markdown));
    expect(doc).toMatchObject({ format: 'md', original: markdown, frontMatter: { title: '2024年机关党的建设工作会议讲话', speaker: 'x书记' } });
    expect(doc.text.value.split('\n')[0]).toBe('2024年机关党的建设工作会议讲话');
    expectHanCharactersMapBack(markdown, doc.text);
    expect(originalOf(markdown, doc.text, '一、认清形势')).toBe('一、认清形势');
  });

  it('reads a .txt that is Markdown (a 人民日报 page saved with front matter and **bold** heads) as Markdown', async () => {
    const original =
      '---\ntitle: "政府工作报告"\ndate: 2025-03-13\n---\n\n# 政府工作报告\n\n各位代表：\n\n**一、2024年工作回顾**\n\n过去一年，我国发展历程很不平凡。\n';
    const source = await readSource(await write('政府工作报告.txt', original));
    expect(source.frontMatter).toMatchObject({ title: '政府工作报告' });
    expect(source.text.value.split('\n').filter((l) => l !== '')).toEqual(['政府工作报告', '各位代表：', '一、2024年工作回顾', '过去一年，我国发展历程很不平凡。']);
    expectHanCharactersMapBack(original, source.text);
    const plain = await readSource(await write('plain.txt', '同志们：\n**这一句强调了。**\n今天的会议很重要。\n'));
    expect(plain.text.value).toContain('**');
  });

  it('reads a GBK page by its <meta charset>, its text mapped into the decoded page', async () => {
    const body = speech.split('\n').slice(1, 5).map((line) => `<p>${line}</p>`).join('\n');
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><script>var a = 1;</script></head><body>${body}</body></html>`;
    const doc = await readSource(await write('page.htm', iconv.encode(page, 'gbk')));
    expect(doc).toMatchObject({ format: 'html', encoding: 'GB18030', original: page });
    expect(doc.text.value).toBe(`${speech.split('\n').slice(1, 5).join('\n')}\n`);
    expectHanCharactersMapBack(page, doc.text);
  });
});

describe('readSource: what is not a speech is refused with one Chinese line naming the file', () => {
  it('a missing file, and a directory', async () => {
    expect(await readFailure(join(dir, '没有 这个文件.txt'))).toMatch(/^找不到该文件；请检查路径/);
    await mkdir(join(dir, 'folder.txt'));
    expect(await readFailure(join(dir, 'folder.txt'))).toMatch(/^这是一个目录/);
  });

  it('an image, whatever its name', async () => {
    expect(await readFailure(await write('scan.png', PNG_1X1))).toBe('不是文本文件（看起来是PNG 图片）；请提供 .txt、.docx、.md 或 .html 格式的讲话稿');
    expect(await readFailure(await write('scan.txt', PNG_1X1))).toMatch(/PNG 图片/);
  });

  it('a PDF, with advice for a scan', async () => {
    expect(await readFailure(await write('文件.pdf', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')))).toMatch(/PDF 文件）；请先把它导出为 Word 或纯文本（扫描件需先做文字识别）/);
  });

  it('a .txt with NUL bytes', async () => {
    const bytes = Buffer.concat([Buffer.from(speech.slice(0, 200)), Buffer.alloc(16), Buffer.from(speech.slice(200, 400))]);
    expect(await readFailure(await write('nul.txt', bytes))).toMatch(/^不是文本文件（含有空字节或大量控制字符）/);
  });
});
