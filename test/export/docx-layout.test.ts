import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SPEECH_STYLE, STANDARD_STYLE } from '../../src/export/export-styles.js';
import { findFontProfile } from '../../src/export/font-profiles.js';
import { readDraftMarkdown } from '../../src/export/read-draft-markdown.js';
import { writeDocx } from '../../src/export/docx/write-docx.js';
import { MappedText } from '../../src/text/mapped-text.js';
import { attr, paragraphs, readDocxParts, styleXml, type DocxParts } from './docx-parts.js';

const original = readFileSync('test/export/fixtures/draft.md', 'utf8');
const draft = readDraftMarkdown({ path: 'draft.md', format: 'md', encoding: 'UTF-8', original, text: MappedText.identity(original) }).document;
const fonts = findFontProfile('standard')!;

describe('the .docx of the standard style (GB/T 9704-2012)', () => {
  let docx: DocxParts;
  beforeAll(async () => {
    docx = await readDocxParts(await writeDocx(draft, { style: STANDARD_STYLE, fonts }));
  });

  it('is A4 with margins 37/35/28/26 mm and the page number footer 7 mm under the text block', () => {
    expect(attr(docx.document, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(docx.document, 'w:pgSz', 'w:h')).toBe('16838');
    const margin = (side: string) => attr(docx.document, 'w:pgMar', `w:${side}`);
    expect([margin('top'), margin('bottom'), margin('left'), margin('right')]).toEqual(['2098', '1984', '1587', '1474']);
    expect(margin('footer')).toBe('1307');
  });

  it('fills the grid with exact 579 line spacing and condensed runs, with no document grid switched on', () => {
    const normal = styleXml(docx.styles, 'Normal');
    expect(attr(normal, 'w:spacing', 'w:line')).toBe('579');
    expect(attr(normal, 'w:spacing', 'w:lineRule')).toBe('exact');
    expect(/<w:rPr>[\s\S]*<w:spacing w:val="(-?\d+)"\/>/.exec(normal)?.[1]).toBe('-6');
    expect(attr(docx.document, 'w:docGrid', 'w:type')).toBeUndefined();
  });

  it('sets each style in its face and size, Latin in Times New Roman, with the eastAsia hint', () => {
    const expected: [string, string, string][] = [
      ['Title', '方正小标宋简体', '44'],
      ['Normal', '仿宋_GB2312', '32'],
      ['Heading1', '黑体', '32'],
      ['Heading2', '楷体_GB2312', '32'],
      ['Heading3', '仿宋_GB2312', '32'],
      ['Heading4', '仿宋_GB2312', '32'],
      ['BodyTextChar', '仿宋_GB2312', '32'],
      ['PageNumber', '宋体', '28'],
    ];
    for (const [id, eastAsia, size] of expected) {
      const style = styleXml(docx.styles, id);
      expect([id, attr(style, 'w:rFonts', 'w:eastAsia'), attr(style, 'w:sz', 'w:val')]).toEqual([id, eastAsia, size]);
      expect(attr(style, 'w:rFonts', 'w:hint')).toBe('eastAsia');
      expect(attr(style, 'w:rFonts', 'w:ascii')).toBe(id === 'PageNumber' ? '宋体' : 'Times New Roman');
    }
    expect(attr(styleXml(docx.styles, 'Title'), 'w:jc', 'w:val')).toBe('center');
    expect(styleXml(docx.styles, 'Title')).not.toMatch(/<w:b\/>|<w:b w:val="true"\/>/);
  });

  it('indents body and headings two characters, and the title not at all', () => {
    for (const id of ['Normal', 'Heading1', 'Heading2', 'Heading3', 'Heading4', 'Salutation']) {
      expect([id, attr(styleXml(docx.styles, id), 'w:ind', 'w:firstLineChars')]).toEqual([id, '200']);
    }
    expect(attr(styleXml(docx.styles, 'Title'), 'w:ind', 'w:firstLineChars')).toBe('0');
  });

  it('names fonts only: no theme fonts anywhere, nothing embedded', () => {
    for (const xml of [docx.styles, docx.document, ...Object.values(docx.footers)]) expect(xml).not.toMatch(/w:(ascii|hAnsi|eastAsia|cs)Theme=/);
    expect(docx.files.filter((f) => /^word\/fonts\/|\.odttf$/.test(f))).toEqual([]);
    expect(docx.fontTable).not.toMatch(/w:embed/);
    expect(docx.settings).not.toMatch(/embedTrueTypeFonts/);
  });

  it('makes headings real Word headings with outline levels 0–3, markers as literal text', () => {
    for (const level of [1, 2, 3, 4]) expect(attr(styleXml(docx.styles, `Heading${level}`), 'w:outlineLvl', 'w:val')).toBe(String(level - 1));
    const headings = paragraphs(docx.document).filter((p) => p.style?.startsWith('Heading'));
    expect(headings.map((p) => [p.style, p.text.slice(0, 4)])).toEqual([
      ['Heading1', '一、认清'],
      ['Heading2', '（一）实'],
      ['Heading3', '1.压实'],
      ['Heading4', '（1）种'],
      ['Heading1', '二、突出'],
      ['Heading1', '三、改革'],
    ]);
    expect(docx.document).not.toMatch(/<w:numPr>/);
  });

  it('sets only the heading clause of an inline heading in the heading face', () => {
    const inline = paragraphs(docx.document).find((p) => p.text.startsWith('三、'))!;
    const runs = [...inline.xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1]!);
    expect(runs).toHaveLength(2);
    expect(runs[0]).not.toMatch(/w:rStyle/);
    expect(runs[0]).toMatch(/三、改革创新、求新求变，推进机关党建高质量发展实现“三个转变”。</);
    expect(attr(runs[1]!, 'w:rStyle', 'w:val')).toBe('BodyTextChar');
    expect(runs[1]).toMatch(/>机关党建是一项系统工程/);
  });

  it('numbers pages "— N —" with a PAGE field, odd pages right and even pages left, one character in', () => {
    expect(docx.settings).toMatch(/<w:evenAndOddHeaders\/>/);
    const odd = docx.footers.default!;
    const even = docx.footers.even!;
    for (const footer of [odd, even]) {
      expect(footer).toMatch(/<w:t xml:space="preserve">— <\/w:t>[\s\S]*<w:instrText xml:space="preserve">PAGE<\/w:instrText>[\s\S]*<w:t xml:space="preserve"> —<\/w:t>/);
      expect(attr(footer, 'w:pStyle', 'w:val')).toBe('PageNumber');
    }
    expect([attr(odd, 'w:jc', 'w:val'), attr(odd, 'w:ind', 'w:right')]).toEqual(['right', '280']);
    expect([attr(even, 'w:jc', 'w:val'), attr(even, 'w:ind', 'w:left')]).toEqual(['left', '280']);
  });

  it('prints neither speaker nor date under the title', () => {
    expect(paragraphs(docx.document).map((p) => p.style)).not.toContain('Byline');
    expect(docx.document).not.toMatch(/张三|2024年3月1日/);
  });
});

describe('the .docx of the 讲话稿 house style', () => {
  let docx: DocxParts;
  beforeAll(async () => {
    docx = await readDocxParts(await writeDocx(draft, { style: SPEECH_STYLE, fonts }));
  });

  it('puts speaker and the bracketed date under the title in 三号 楷体, then a blank line', () => {
    const [title, speaker, date] = paragraphs(docx.document);
    expect([title!.style, speaker!.style, date!.style]).toEqual(['Title', 'Byline', 'Byline']);
    expect([speaker!.text, date!.text]).toEqual(['市委常委、市直机关工委书记 张三', '（2024年3月1日）']);
    const byline = styleXml(docx.styles, 'Byline');
    expect([attr(byline, 'w:rFonts', 'w:eastAsia'), attr(byline, 'w:sz', 'w:val'), attr(byline, 'w:jc', 'w:val')]).toEqual(['楷体_GB2312', '32', 'center']);
    expect(attr(date!.xml, 'w:spacing', 'w:after')).toBe('579');
  });

  it('sets the salutation flush left', () => {
    const salutation = paragraphs(docx.document).find((p) => p.text === '同志们：')!;
    expect(salutation.style).toBe('Salutation');
    expect(attr(styleXml(docx.styles, 'Salutation'), 'w:ind', 'w:firstLineChars')).toBe('0');
  });

  it('centres the page number on every page', () => {
    expect(docx.settings).not.toMatch(/<w:evenAndOddHeaders\/>/);
    expect(Object.keys(docx.footers)).toEqual(['default']);
    expect(attr(docx.footers.default!, 'w:jc', 'w:val')).toBe('center');
  });
});

describe('the windows font profile', () => {
  it('names 仿宋 and 楷体 instead of the _GB2312 faces', async () => {
    const docx = await readDocxParts(await writeDocx(draft, { style: STANDARD_STYLE, fonts: findFontProfile('windows')! }));
    expect(attr(styleXml(docx.styles, 'Normal'), 'w:rFonts', 'w:eastAsia')).toBe('仿宋');
    expect(attr(styleXml(docx.styles, 'Heading2'), 'w:rFonts', 'w:eastAsia')).toBe('楷体');
    expect(docx.styles).not.toMatch(/_GB2312/);
  });
});
