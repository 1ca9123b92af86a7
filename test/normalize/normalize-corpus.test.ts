import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/io/read-source.js';
import type { NormalizedDocument } from '../../src/model.js';
import { normalizeDocument } from '../../src/normalize/normalize-document.js';

const CORPUS = ['000_abbf707b744d89e9', '001_496adbc9182e7b34', '002_e3a15817498c2af4', '003_e78e08f09b700b02', '004_df05c4cd14513717'];

/** Words that only site furniture uses: none may be left in a cleaned speech. */
const FURNITURE = ['友情链接', 'ICP', '温馨提示', '第9页', '共9页', '导语', '来源于网友上传', '设为首页', '加入收藏', '版权所有',
  '技术支持', '上一篇', '下一篇', '发布者', '发布时间', '阅读:', '更多>>', '网站客服', '供稿单位', '责编', '公告通知', '他山之石'];

const HAN = /\p{Script=Han}/gu;
const hanCount = (text: string): number => text.match(HAN)?.length ?? 0;

const documents = new Map<string, NormalizedDocument>();
const repaired = new Map<string, NormalizedDocument>();
for (const name of CORPUS) {
  const source = await readSource(`corpus/${name}.txt`);
  documents.set(name, normalizeDocument(source));
  repaired.set(name, normalizeDocument(source, { repair: true }));
}

describe.each(CORPUS)('corpus/%s', (name) => {
  const doc = documents.get(name)!;
  const lines = doc.text.value.split('\n').filter((l) => l !== '');

  it('leaves no site furniture', () => {
    for (const word of FURNITURE) expect(doc.text.value, word).not.toContain(word);
  });

  it('starts with the title, kept as metadata too', () => {
    expect(lines[0]).toBe(doc.metadata.title);
  });

  it('is simplified, with full-width punctuation and no stray spaces', () => {
    expect(doc.text.value).not.toMatch(/[\u00a0\u3000\t]|^ | $|\p{Script=Han}[,:;?!()]|[,:;?!()]\p{Script=Han}/mu);
    expect(doc.text.value).not.toMatch(/[機關黨組織為與時間]/u);
  });

  it('drops no Han character silently: every one is in the text or in a removed span', () => {
    const removed = doc.removed.reduce((n, r) => n + hanCount(r.raw), 0);
    expect(hanCount(doc.text.value) + removed).toBe(hanCount(doc.source.original));
  });

  it('maps every removed span and every diagnostic back to the original', () => {
    for (const r of doc.removed) expect(r.raw).toBe(doc.source.original.slice(r.span.start, r.span.end));
    for (const d of doc.diagnostics) expect(d.span.end).toBeGreaterThan(d.span.start);
  });
});

describe('what each file needed', () => {
  it('corpus/001: navigation, notices and links gone; title, date and 供稿单位 kept as metadata', () => {
    const doc = documents.get('001_496adbc9182e7b34')!;
    expect(doc.metadata).toEqual({ title: '学史力行 做好机关党建“五量”答卷', date: '2021-09-07 09:36:19', author: '苏州市级机关工委' });
    expect(doc.text.value.split('\n').filter((l) => l !== '')).toHaveLength(7);
  });

  it('corpus/002: traditional, converted, 建立健全 kept', () => {
    const doc = documents.get('002_e3a15817498c2af4')!;
    expect(doc.script).toBe('traditional');
    expect(doc.metadata.title).toBe('努力搞好机关党组织建设');
    expect(doc.text.value).toContain('第一，建立健全机关党组织的组织生活制度和工作制度。');
  });

  it('corpus/003: every substituted word reported at its place, and repaired on request', () => {
    const doc = documents.get('003_e78e08f09b700b02')!;
    const found = doc.diagnostics.filter((d) => d.ruleId.startsWith('substitution/'));
    const words = found.map((d) => doc.source.original.slice(d.span.start, d.span.end));
    const count = (word: string): number => words.filter((w) => w === word).length;
    expect(count('效劳')).toBe(8);
    expect(count('根底')).toBe(2);
    expect(count('比方')).toBe(4);
    expect(count('创立')).toBe(2);
    expect(count('开展')).toBe(8);
    for (const word of ['局部', '广阔', '奉献', '表达', '稳固']) expect(count(word)).toBe(1);
    expect(found).toHaveLength(29);
    for (const d of found) expect(d.message).toContain(doc.source.original.slice(d.span.start, d.span.end));

    const fixed = repaired.get('003_e78e08f09b700b02')!.text.value;
    for (const word of ['效劳', '根底', '比方', '局部', '广阔', '谋开展', '奉献', '表达', '创立', '稳固']) expect(fixed, word).not.toContain(word);
    expect(fixed).toContain('一心一意谋发展，全面夺取基层党建推进工作的胜利，为决胜全面建成小康社会作出更大的贡献。');
    expect(fixed).toContain('推动了全市各项工作正常顺利开展。');
  });

  it('corpus/004: already clean; only the title line indentation goes', () => {
    const doc = documents.get('004_df05c4cd14513717')!;
    expect(doc.removed).toEqual([]);
    expect(doc.diagnostics).toEqual([]);
    expect(doc.text.value.trim()).toBe(doc.source.original.trim().replace(/\n /g, '\n'));
  });
});
