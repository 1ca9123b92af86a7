/** The cross-document view: each term once, its documents, lines and members, and unnamed spellings. */
import { describe, expect, it } from 'vitest';
import { buildCorpusView, sameMember, type DocumentDigest } from '../../src/analyze/corpus-view.js';

const doc004: DocumentDigest = {
  path: '004.txt',
  formulations: [
    {
      term: '三个转变',
      n: 3,
      members: ['从“常规建设”为主，向“品牌建设”为主转变', '从“抓日常党务”为主，向“抓党建主业”为主转变', '从“传统管理”为主，向“信息化管理”为主转变'],
      strategy: 'enumeration',
      standardMembers: null,
      lines: [19],
      uses: 2,
    },
    { term: '两个维护', n: 2, members: null, strategy: null, standardMembers: { members: ['坚决维护…核心地位', '坚决维护…集中统一领导'], sources: ['《中国共产党章程》'] }, lines: [30], uses: 1 },
  ],
  lists: [],
};
const doc001: DocumentDigest = {
  path: '001.txt',
  formulations: [{ term: '两个维护', n: 2, members: null, strategy: null, standardMembers: null, lines: [25, 27], uses: 2 }],
  lists: [
    {
      line: 27,
      items: ['从“抓日常党务”向“抓党建主业”转变', '从“常规建设”向“品牌建设”转变', '从“传统管理”向“信息化管理”转变', '从“单打独斗”向“互联互动”转变'],
    },
    { line: 25, items: ['一起谋划', '一起部署', '一起落实', '一起检查'] },
  ],
};

describe('buildCorpusView', () => {
  const view = buildCorpusView([doc004, doc001]);

  it('lists each term once, the most widely used first, with each document’s lines and members', () => {
    expect(view.map((f) => [f.term, f.count, f.documents.map((d) => d.path)])).toEqual([
      ['两个维护', 3, ['004.txt', '001.txt']],
      ['三个转变', 2, ['004.txt']],
    ]);
    expect(view[0]!.documents[1]).toMatchObject({ lines: [25, 27], members: null });
    expect(view[0]!.standardMembers!.members).toHaveLength(2);
  });

  it('finds a list in another speech that spells out the same members without naming the term (corpus/001 vs 004)', () => {
    expect(view[1]!.unnamed).toEqual([{ path: '001.txt', line: 27, items: doc001.lists[0]!.items }]);
    expect(view[0]!.unnamed).toEqual([]);
  });

  it('compares members as the evaluation does: containment or most character pairs shared', () => {
    expect(sameMember('从“常规建设”为主，向“品牌建设”为主转变', '从“常规建设”向“品牌建设”转变')).toBe(true);
    expect(sameMember('汲取前行力量', '从百年党史中汲取前行力量')).toBe(true);
    expect(sameMember('统领融合', '支撑融合')).toBe(false);
  });
});
