/**
 * Makes the files real users feed speechkit by mistake, from real corpus text, in a temp dir.
 * Each maker returns the path it wrote; large files are generated here, never committed.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { deflateEntry, repeatedEntry, zipArchive } from './write-zip.js';

const corpusDir = new URL('../../corpus/', import.meta.url);

/** The first `lines` non-empty lines of a corpus file (004 is simplified, 002 traditional). */
export async function corpusLines(name: string, lines: number): Promise<string[]> {
  const text = await readFile(new URL(name, corpusDir), 'utf8');
  return text.split('\n').filter((line) => line.trim() !== '').slice(0, lines);
}

export const SIMPLIFIED = '004_df05c4cd14513717.txt';
export const TRADITIONAL = '002_e3a15817498c2af4.txt';

/** A speech paragraph from corpus/004, used where a good file is needed. */
export const GOOD_SENTENCE = '下面，我就进一步推进机关党建工作高质量发展，讲几点意见。';

async function put(dir: string, name: string, data: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, data);
  return path;
}

/** A real .docx holding `paragraphs`, made with the docx package as Word would save it. */
export async function docxBytes(paragraphs: readonly string[]): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: paragraphs.map((text) => new Paragraph(text)) }] });
  return Packer.toBuffer(doc);
}

/** The smallest valid PNG: one transparent pixel. */
const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** The header of an OLE2 compound file: a Word 97–2003 .doc, here renamed .docx. */
const OLE2_DOC = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]);

export const makeBadFile = {
  empty: (dir: string) => put(dir, 'empty.txt', ''),
  whitespace: (dir: string) => put(dir, 'whitespace.txt', ' \n\t\u3000\r\n  \n'),
  punctuation: (dir: string) => put(dir, 'punctuation.txt', '。，、；：！？……——“”（）《》\n，。！\n'),
  png: (dir: string) => put(dir, 'scan.png', PNG_1X1),
  zip: async (dir: string) => {
    const zip = new JSZip().file('说明.txt', GOOD_SENTENCE);
    return put(dir, 'archive.zip', await zip.generateAsync({ type: 'uint8array' }));
  },
  /** A ZIP archive with a .docx name but no Word document inside. */
  zipNamedDocx: async (dir: string) => {
    const zip = new JSZip().file('说明.txt', GOOD_SENTENCE);
    return put(dir, 'not-word.docx', await zip.generateAsync({ type: 'uint8array' }));
  },
  /** A Word 97–2003 .doc renamed .docx. */
  legacyDoc: (dir: string) => put(dir, 'old.docx', OLE2_DOC),
  /** A real .docx whose word/document.xml is cut off mid-element. */
  brokenXmlDocx: async (dir: string) => {
    const zip = await JSZip.loadAsync(await docxBytes([GOOD_SENTENCE]));
    const xml = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', xml.slice(0, Math.floor(xml.length * 0.6)));
    return put(dir, 'broken.docx', await zip.generateAsync({ type: 'uint8array' }));
  },
  /**
   * A .docx of about 1.5 MB whose document.xml inflates to about 1 GB: every entry of a real
   * .docx, with the body paragraph repeated.
   */
  zipBombDocx: async (dir: string) => {
    const real = await JSZip.loadAsync(await docxBytes([GOOD_SENTENCE]));
    const entries = [];
    for (const [name, file] of Object.entries(real.files)) {
      if (file.dir) continue;
      const content = await file.async('nodebuffer');
      if (name !== 'word/document.xml') {
        entries.push(deflateEntry(name, content));
        continue;
      }
      const xml = content.toString('utf8');
      const bodyStart = xml.indexOf('<w:body>') + '<w:body>'.length;
      const paragraph = `<w:p><w:r><w:t>${GOOD_SENTENCE}</w:t></w:r></w:p>`;
      entries.push(repeatedEntry(name, xml.slice(0, bodyStart), paragraph.repeat(20_000), 500, xml.slice(bodyStart)));
    }
    return put(dir, 'bomb.docx', zipArchive(entries));
  },
  /** UTF-8 text cut in the middle of its last character. */
  truncatedUtf8: async (dir: string) => {
    const bytes = Buffer.from((await corpusLines(SIMPLIFIED, 3)).join('\n'));
    return put(dir, 'truncated.txt', bytes.subarray(0, bytes.length - 1));
  },
  /** UTF-8 text with a stray 0xFF byte at line 2, column 5. */
  invalidUtf8: async (dir: string) => {
    const [first, second, third] = await corpusLines(SIMPLIFIED, 3);
    const bytes = Buffer.concat([Buffer.from(`${first}\n${second!.slice(0, 4)}`), Buffer.from([0xff]), Buffer.from(`${second!.slice(4)}\n${third}\n`)]);
    return put(dir, 'invalid-utf8.txt', bytes);
  },
  /** GB18030 text with one byte that no GB18030 sequence starts with (0xFF) at line 2, column 5. */
  gb18030BadByte: async (dir: string) => {
    const [first, second, third] = await corpusLines(SIMPLIFIED, 3);
    const encode = (s: string) => iconv.encode(s, 'gb18030');
    const bytes = Buffer.concat([encode(`${first}\n${second!.slice(0, 4)}`), Buffer.from([0xff]), encode(`${second!.slice(4)}\n${third}\n`)]);
    return put(dir, 'gb18030-bad-byte.txt', bytes);
  },
  big5: async (dir: string) => put(dir, 'big5.txt', iconv.encode((await corpusLines(TRADITIONAL, 8)).join('\r\n'), 'big5')),
  utf16NoBom: async (dir: string) => put(dir, 'utf16le.txt', iconv.encode((await corpusLines(SIMPLIFIED, 8)).join('\r\n'), 'utf16le')),
  /** About 50 MB of real speech text on one line (corpus/004 repeated, line breaks removed). */
  hugeSingleLine: async (dir: string) => {
    const line = (await readFile(new URL(SIMPLIFIED, corpusDir), 'utf8')).replace(/\s+/g, '');
    const copies = Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(line));
    return put(dir, 'huge-single-line.txt', line.repeat(copies));
  },
} as const;
