/**
 * A speechwriter's Word draft numbers its headings with Word's automatic numbering and sets them in
 * heading styles: the numbers Word shows (一、 （一） 1. ①) must appear in the text read back, and the
 * outline must be found, sub-headings with nothing written under them yet included.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeSource } from '../../src/analyze/analyze-speech.js';
import { readSource } from '../../src/io/read-source.js';

// Sentences of corpus/004 (2024年机关党建工作会议讲话): its headings without their typed numbers.
const TITLE = '在全市机关党的建设工作会议上的讲话';
const OPENING = '今天，我们在这里召开全市机关党的建设工作会议，x书记亲自到会。';
const FIRST = '认清形势、提高认识，深刻理解把握机关党建高质量发展的重要性和紧迫性';
const FIRST_SUBS = ['深入创建模范机关', '全面巩固主题教育成果', '抓实党组织标准化规范化建设'];
const SECOND = '突出重点、统筹推进，全力推动机关党建高质量发展各项目标任务落到实处';
const SECOND_SUBS = ['压实主体责任', '充分发挥党员主体作用'];
const BODY = '机关工委要抓统一谋划、抓工作指导、抓督促检查、抓制度建设，推动机关党建工作落实落地。';
const THIRD = '强化领导，压实责任，为机关党建高质量发展提供坚强组织保障';
const CLOSING = '同志们，做好新形势下的机关党建工作意义重大、使命光荣、任务艰巨。';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'speechkit-docx-numbering-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const heading1 = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1, numbering: { reference: 'outline', level: 0 } });
const heading2 = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2, numbering: { reference: 'outline', level: 1 } });

/** The draft as Word saves it: a two-level 一、/（一） multilevel list on Heading 1/2, one body paragraph in a table. */
async function draftDocx(): Promise<string> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'outline',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: TITLE, heading: HeadingLevel.TITLE }),
          new Paragraph(OPENING),
          heading1(FIRST),
          ...FIRST_SUBS.map(heading2),
          heading1(SECOND),
          ...SECOND_SUBS.map(heading2),
          new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph(BODY)] })] })] }),
          heading1(THIRD),
          new Paragraph(CLOSING),
        ],
      },
    ],
  });
  const path = join(dir, '讲话草稿.docx');
  await writeFile(path, await Packer.toBuffer(doc));
  return path;
}

describe('a Word draft numbered by a multilevel list', () => {
  it('shows the numbers Word displays, （一） restarting under each 一级 heading', async () => {
    const source = await readSource(await draftDocx());
    expect(source.original.split('\n')).toEqual([
      TITLE,
      OPENING,
      `一、${FIRST}`,
      ...FIRST_SUBS.map((s, i) => `（${'一二三'[i]}）${s}`),
      `二、${SECOND}`,
      ...SECOND_SUBS.map((s, i) => `（${'一二'[i]}）${s}`),
      BODY,
      `三、${THIRD}`,
      CLOSING,
      '',
    ]);
  });

  it('marks the heading-style paragraphs as headings (their whole line, number included)', async () => {
    const source = await readSource(await draftDocx());
    const marked = (source.headings ?? []).map((span) => source.original.slice(span.start, span.end));
    expect(marked).toEqual([`一、${FIRST}`, ...FIRST_SUBS.map((s, i) => `（${'一二三'[i]}）${s}`), `二、${SECOND}`, '（一）压实主体责任', '（二）充分发挥党员主体作用', `三、${THIRD}`]);
  });

  it('gives analyze the outline, sub-headings with nothing under them included', async () => {
    const analysis = analyzeSource(await readSource(await draftDocx()));
    expect(analysis.outline.map((item) => ({ marker: item.marker, children: item.children.map((c) => c.marker) }))).toEqual([
      { marker: '一、', children: ['（一）', '（二）', '（三）'] },
      { marker: '二、', children: ['（一）', '（二）'] },
      { marker: '三、', children: [] },
    ]);
  });
});
