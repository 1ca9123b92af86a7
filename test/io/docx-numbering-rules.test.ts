/**
 * Word's numbering rules on hand-written WordprocessingML (as Word and WPS save it): lists numbered
 * through a paragraph style, w:start, w:lvlRestart, "restart numbering" (w:startOverride), numId 0,
 * bullets, text boxes. Sentences from corpus/002 and corpus/004.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSource } from '../../src/io/read-source.js';
import { formatListNumber } from '../../src/io/list-number-formats.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'speechkit-docx-rules-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const level = (ilvl: number, numFmt: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${numFmt}"/>${extra}<w:lvlText w:val="${text}"/></w:lvl>`;

/** A paragraph: its properties (w:pPr content) and text. */
const p = (properties: string, text: string) => `<w:p><w:pPr>${properties}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const numbered = (numId: number, ilvl: number, text: string) => p(`<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`, text);
const styled = (styleId: string, text: string) => p(`<w:pStyle w:val="${styleId}"/>`, text);

async function docx(name: string, body: string, numbering: string, styles = ''): Promise<string> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  zip.file('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>${numbering}</w:numbering>`);
  zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>${styles}</w:styles>`);
  const path = join(dir, name);
  await writeFile(path, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  return path;
}

const lines = async (path: string) => (await readSource(path)).original.split('\n').slice(0, -1);

describe('Word numbering rules', () => {
  it('numbers paragraphs through their style (WPS 标题 styles linked to a list), 标题 N being headings', async () => {
    const styles =
      `<w:style w:type="paragraph" w:styleId="2"><w:name w:val="标题 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="3"><w:name w:val="标题 2"/><w:basedOn w:val="2"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>`;
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、', '<w:pStyle w:val="2"/>')}${level(1, 'chineseCounting', '（%2）')}</w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const unnumbered = p('<w:pStyle w:val="2"/><w:numPr><w:numId w:val="0"/></w:numPr>', '四个坚持'); // numId 0: no number
    const body = styled('2', '堅持抓班子建設') + styled('3', '加强理论学习') + unnumbered + styled('2', '堅持抓活動開展') + styled('3', '开展主题党日活动');
    const path = await docx('style.docx', body, numbering, styles);
    expect(await lines(path)).toEqual(['一、堅持抓班子建設', '（一）加强理论学习', '四个坚持', '二、堅持抓活動開展', '（一）开展主题党日活动']);
    const source = await readSource(path);
    expect(source.headings?.map((s) => source.original.slice(s.start, s.end))).toEqual(await lines(path));
  });

  it('honours w:start, bullets, w:lvlRestart 0 and a w:startOverride restart', async () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1.').replace('w:val="1"/><w:numFmt', 'w:val="3"/><w:numFmt')}` +
      `${level(1, 'decimalEnclosedCircle', '%2', '<w:lvlRestart w:val="0"/>')}${level(2, 'bullet', '●')}</w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
      `<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`;
    const body =
      numbered(1, 0, '深入创建模范机关') + numbered(1, 1, '落实“三会一课”制度') + numbered(1, 2, '书记带头讲党课') +
      numbered(1, 0, '全面巩固主题教育成果') + numbered(1, 1, '抓实党组织标准化规范化建设') +
      p('<w:pStyle w:val="Normal"/><w:numPr><w:numId w:val="0"/></w:numPr>', '机关党建是一项系统工程') +
      numbered(2, 0, '压实主体责任') + numbered(2, 0, '加强队伍建设');
    expect(await lines(await docx('rules.docx', body, numbering))).toEqual([
      '3.深入创建模范机关', '①落实“三会一课”制度', '书记带头讲党课',
      '4.全面巩固主题教育成果', '②抓实党组织标准化规范化建设', // w:lvlRestart 0: ② goes on under 4.
      '机关党建是一项系统工程',
      '1.压实主体责任', '2.加强队伍建设',
    ]);
  });

  it('pairs paragraphs with mammoth past a table and a deleted paragraph mark', async () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const body =
      numbered(1, 0, '认清形势、提高认识') +
      `<w:tbl><w:tr><w:tc>${p('', '供稿单位：')}</w:tc><w:tc>${p('', '市直机关工委')}</w:tc></w:tr></w:tbl>` +
      `<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="x" w:date="2024-01-01T00:00:00Z"/></w:rPr></w:pPr><w:r><w:t>突出重点、</w:t></w:r></w:p>` +
      numbered(1, 0, '统筹推进');
    expect(await lines(await docx('table.docx', body, numbering))).toEqual(['一、认清形势、提高认识', '供稿单位：', '市直机关工委', '二、突出重点、统筹推进']);
  });
});

describe('formatListNumber', () => {
  it('counts in Chinese as headings are numbered: 十, 十一, 二十, 二十一, 一百零五', () => {
    expect([1, 10, 11, 20, 21, 105].map((n) => formatListNumber(n, 'chineseCounting'))).toEqual(['一', '十', '十一', '二十', '二十一', '一百零五']);
  });

  it('writes circled, full-width, 甲乙 and unknown formats', () => {
    expect(formatListNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatListNumber(12, 'decimalFullWidth')).toBe('１２');
    expect(formatListNumber(2, 'ideographTraditional')).toBe('乙');
    expect(formatListNumber(7, 'someFutureFormat')).toBe('7');
  });
});
