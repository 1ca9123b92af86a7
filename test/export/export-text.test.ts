/**
 * Nothing lost: every paragraph of the input comes back, in order, when the .docx is read with
 * mammoth (as Word users' tools read it), for each corpus speech and for a draft.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { analyzeSource } from '../../src/analyze/analyze-speech.js';
import { exportDocx } from '../../src/export/export-docx.js';
import { STANDARD_STYLE } from '../../src/export/export-styles.js';
import { findFontProfile } from '../../src/export/font-profiles.js';
import { readSource } from '../../src/io/read-source.js';

const options = { style: STANDARD_STYLE, fonts: findFontProfile('standard')! };
const CORPUS = readdirSync('corpus').filter((f) => f.endsWith('.txt')).sort();

/** mammoth's raw text: one paragraph per block, separated by blank lines. */
async function docxParagraphs(bytes: Uint8Array): Promise<string[]> {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value.split('\n\n').filter((p) => p !== '');
}

describe('export of the corpus speeches', () => {
  it.each(CORPUS)('%s: title, then every paragraph of the cleaned speech, in order', async (name) => {
    const path = join('corpus', name);
    const { speech } = analyzeSource(await readSource(path));
    const body = speech.paragraphs.filter((p) => p.span.start !== speech.title?.span.start).map((p) => p.value);
    const { bytes, result } = await exportDocx(await readSource(path), options);
    expect(await docxParagraphs(bytes)).toEqual([speech.title!.value, ...body]);
    expect(result.document.title).toBe(speech.title!.value);
  });

  it('corpus/004: the four parts become level-1 headings; 第一， and 一是 stay in the body', async () => {
    const { result } = await exportDocx(await readSource('corpus/004_df05c4cd14513717.txt'), options);
    const headings = result.document.blocks.filter((b) => b.kind === 'heading');
    expect(headings.map((h) => [h.level, h.marker])).toEqual([[1, '一、'], [1, '二、'], [1, '三、'], [1, '四、']]);
    expect(headings[0]).toMatchObject({
      text: '认清形势、提高认识，深刻理解把握机关党建高质量发展的重要性和紧迫性。',
      rest: expect.stringMatching(/^总书记在党的十九大报告中第一次提出了/),
    });
    const bodyStarts = result.document.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text.slice(0, 3));
    expect(bodyStarts).toEqual(expect.arrayContaining(['第一，', '一是要', '一要实']));
  });
});

describe('export of a Word file', () => {
  it('reads an exported .docx back into the same title, headings and paragraphs', async () => {
    const first = await exportDocx(await readSource('corpus/004_df05c4cd14513717.txt'), options);
    const dir = mkdtempSync(join(tmpdir(), 'speechkit-export-'));
    const path = join(dir, '004.docx');
    writeFileSync(path, first.bytes);
    const again = await exportDocx(await readSource(path), options);
    rmSync(dir, { recursive: true, force: true });
    expect(again.result.document).toEqual(first.result.document);
  });
});

describe('export of a draft', () => {
  it('gives back every paragraph of the Markdown, headings as Word headings, hints left out', async () => {
    const { bytes } = await exportDocx(await readSource('test/export/fixtures/draft.md'), options);
    const markdown = readFileSync('test/export/fixtures/draft.md', 'utf8').split('---\n')[2]!;
    const expected = markdown
      .split(/\n\n+/)
      .map((p) => p.trim().replace(/^#+ /, '').replace(/^(\d+\.) /, '$1'))
      .filter((p) => p !== '' && !p.startsWith('<!--'));
    expect(await docxParagraphs(bytes)).toEqual(expected);

    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    const headings = [...html.matchAll(/<h(\d)>([^<]{0,6})/g)].map((m) => `h${m[1]} ${m[2]}`);
    expect(headings).toEqual(['h1 一、认清形势', 'h2 （一）实现机', 'h3 1.压实主体', 'h4 （1）种好“', 'h1 二、突出重点', 'h1 三、改革创新']);
  });
});
