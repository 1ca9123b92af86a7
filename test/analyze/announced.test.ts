/** Announced counts: each announcement pattern and each way of finding the items, on real sentences. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANNOUNCEMENT_PATTERNS } from '../../src/analyze/announced/announcement-patterns.js';
import { analyzeText } from './analyze-text.js';

const seed = (name: string): string => readFileSync(`corpus/${name}`, 'utf8');
const brief = (text: string) =>
  analyzeText(text).announced.map((a) => ({ phrase: a.phrase, count: a.count, found: a.found, scope: a.scope }));

describe('announced counts', () => {
  it('讲五点意见 counts the 第一…第五 sections that follow (corpus/000)', () => {
    expect(brief(seed('000_abbf707b744d89e9.txt'))).toEqual([{ phrase: '讲五点意见', count: 5, found: 5, scope: 'outline' }]);
  });

  it('讲四句话 announces four parts (在全区农村党组织书记培训班上的讲话)', () => {
    const a = analyzeText('今天,我再讲四句话十六个字,既是个人与大家的交心谈心,也算是代表区委对大家的希望要求。\n');
    expect(a.announced.map((x) => [x.phrase, x.count])).toEqual([['讲四句话十六个字', 4]]);
  });

  it('讲几点意见 has no count and finds four parts; 提出了三点明确要求 reports another speaker and finds none (corpus/004)', () => {
    const list = brief(seed('004_df05c4cd14513717.txt'));
    expect(list).toContainEqual({ phrase: '讲几点意见', count: null, found: 4, scope: 'outline' });
    expect(list).toContainEqual({ phrase: '提出了三点明确要求', count: 3, found: 0, scope: 'outline' });
  });

  it('实现“三个转变” said in a heading and again in its text counts once, with the 一要…三要 below (corpus/004)', () => {
    const turns = analyzeText(seed('004_df05c4cd14513717.txt')).announced.filter((a) => a.phrase.includes('三个转变'));
    expect(turns).toHaveLength(1);
    expect(turns[0]!.found).toBe(3);
    expect(turns[0]!.items[0]).toBe('实现从“常规建设”为主，向“品牌建设”为主转变');
  });

  it('做到“四个融合”。 counts the 一是…四是 right after it in the same paragraph (corpus/001)', () => {
    const a = analyzeText(
      '具体来说，就是做到“四个融合”。一是聚焦“两个维护”统领融合。坚持把党的政治建设摆在首位。二是完善制度机制支撑融合。健全完善责任传导机制。' +
        '三是围绕中心工作推进融合。紧紧围绕重大部署。四是做实党建考核强化融合。健全完善以质量为导向的党建考核评价体系。\n',
    );
    expect(a.announced).toMatchObject([{ phrase: '做到“四个融合”', count: 4, found: 4, ok: true }]);
  });

  it('抓了四个方面的工作 followed by four unmarked paragraphs (corpus/002)', () => {
    expect(brief(seed('002_e3a15817498c2af4.txt'))[0]).toEqual({ phrase: '四个方面的工作', count: 4, found: 4, scope: 'outline' });
  });

  it('这样几个字 counts the 一要…四要 of its section (corpus/003)', () => {
    expect(brief(seed('003_e78e08f09b700b02.txt'))).toContainEqual({ phrase: '这样几个字', count: null, found: 4, scope: 'outline' });
  });

  it('inline lists closed by their count: 四个方面, 等五个要素, 这是两个关键点, “长”“常”二字', () => {
    expect(brief('將黨支部建設的內容具體分為思想、組織、作風、制度建設四個方面。\n')).toEqual([
      { phrase: '思想、组织、作风、制度建设四个方面', count: 4, found: 4, scope: 'inline' },
    ]);
    expect(brief('在组织覆盖、队伍建强、活动标准、制度落实、保障有力等五个要素上都有新的进展。\n')[0]).toMatchObject({ count: 5, found: 5 });
    expect(brief('抓整体推进的核心就是抓支部、抓党员,这是两个关键点,也是根本方向。\n')).toEqual([
      { phrase: '抓支部、抓党员，这是两个关键点', count: 2, found: 2, scope: 'inline' },
    ]);
    expect(analyzeText('着眼“长”“常”二字，延展教育维度、增强制度刚性。\n').announced[0]!.items).toEqual(['长', '常']);
  });

  it('a list closed by a formulation is announced only when its members lead the sections (corpus/001 五量)', () => {
    const a = analyzeText(seed('001_496adbc9182e7b34.txt'));
    expect(a.announced[0]).toMatchObject({ count: 5, found: 5, scope: 'outline' });
    expect(a.announced[0]!.phrase).toContain('“五量”');
    expect(brief('实行经常性自学、集中学习和离岗脱产到党校培训“三结合”，以集中学习和脱产轮训为主。\n')).toEqual([]);
  });

  it('a formulation closing its sentence with no items after it is not an announcement (corpus/004, arranged)', () => {
    expect(brief('推进机关党建高质量发展，必须实现“三个转变”。\n同志们，做好新形势下的机关党建工作意义重大、使命光荣、任务艰巨。\n')).toEqual([]);
  });

  it('共分3大板块 counts an enumeration inside its sentence; items stop at the next item (a 2024 report briefing)', () => {
    const a = analyzeText(
      '报告共分3大板块,一是对过去一年工作的回顾,从7个方面全面回顾2023年工作,从6个方面总结取得的成绩;二是今年经济社会发展总体要求,主要是实现7大目标;三是今年重点工作任务,重点是十大工作任务。\n',
    );
    expect(a.announced).toMatchObject([{ phrase: '共分3大板块', count: 3, found: 3, scope: 'outline' }]);
    expect(a.announced[0]!.items[1]).toBe('今年经济社会发展总体要求，主要是实现7大目标');
  });

  it('a count of one is not a list: 突出一个实字 (corpus/003)', () => {
    expect(brief('三要突出一个实字。党建工作是务虚的工作，但是要虚功实做。\n')).toEqual([]);
  });

  it('every announcement pattern matches its own real example', () => {
    for (const { id, pattern, example } of ANNOUNCEMENT_PATTERNS) {
      expect([...example.matchAll(pattern)].length, id).toBeGreaterThan(0);
    }
  });
});
