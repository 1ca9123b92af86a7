import { describe, expect, it } from 'vitest';
import { BLOCK_SIGNATURES, LINE_SIGNATURES } from '../../src/normalize/boilerplate-signatures.js';
import { cleanBoilerplate } from '../../src/normalize/clean-boilerplate.js';
import { METADATA_FIELDS, extractMetadata } from '../../src/normalize/metadata-fields.js';
import { MappedText } from '../../src/text/mapped-text.js';

/** A real title and two real paragraphs (corpus/000) to put furniture around. */
const TITLE = '机关党建创新会讲话';
const OPENING = '同志们：';
const BODY = [
  '在全党上下庆祝建党85周年之际，我们召开市级机关党建工作创新推进会，主要任务就是紧紧围绕全市发展大局。',
  '同志们，在新的时期、新的形势下，我们面对的是新的任务，迎接的是新的挑战。',
];

function clean(lines: readonly string[]) {
  const original = lines.join('\n');
  const result = cleanBoilerplate(MappedText.identity(original), original);
  return { ...result, original, kept: result.text.value.split('\n').filter((l) => l.trim() !== '') };
}

describe('line signatures', () => {
  it.each(LINE_SIGNATURES.map((s) => [s.id, s] as const))('%s removes its real example, above and below the speech', (_id, signature) => {
    for (const page of [[signature.example, TITLE, OPENING, ...BODY], [TITLE, OPENING, ...BODY, signature.example]]) {
      const { removed, kept } = clean(page);
      expect(removed.map((r) => [r.ruleId, r.raw])).toEqual([[signature.id, signature.example]]);
      expect(kept).toEqual([TITLE, OPENING, ...BODY]);
    }
  });

  it('applies an edge signature only outside the speech: a row of short phrases inside it stays', () => {
    const row = '讲政治 顾大局 守纪律 勇担当';
    const { removed, kept } = clean([TITLE, OPENING, BODY[0]!, row, BODY[1]!]);
    expect(removed).toEqual([]);
    expect(kept).toContain(row);
  });

  it('never takes a speech line that merely mentions the words furniture uses', () => {
    const speech = [
      '机关工委以“创先争优”为载体，来源于基层的好经验要及时总结推广。',
      '要推动政务服务“扫一扫就能办”，让群众少跑腿。',
      '版权所有者的合法权益要依法保护，这是优化营商环境的应有之义。',
      '比方说，我们可以把作者、编辑、发布者的责任讲清楚。',
      '三、推动全民阅读：100个农家书屋全部建成',
    ];
    const { removed } = clean([TITLE, OPENING, ...speech, ...BODY]);
    expect(removed).toEqual([]);
  });
});

describe('block signatures', () => {
  it.each(BLOCK_SIGNATURES.map((b) => [b.id, b] as const))('%s removes its header and items', (_id, block) => {
    const { removed, kept } = clean([TITLE, OPENING, ...BODY, ...block.example]);
    expect(removed.map((r) => r.raw)).toEqual(block.example);
    expect(removed.map((r) => r.ruleId)).toContain(block.id);
    expect(kept).toEqual([TITLE, OPENING, ...BODY]);
  });

  it('ends a notice list at the blank line after it, so the title below is kept', () => {
    const { kept, metadata } = clean(['公告通知 更多>>', '关于积极参与文化旅游志愿服务的倡议', '', TITLE, OPENING, ...BODY]);
    expect(kept[0]).toBe(TITLE);
    expect(metadata.title).toBe(TITLE);
  });

  it('ends a block at the first line that is not an item: a sentence after 温馨提示 is speech', () => {
    const { kept } = clean([TITLE, OPENING, '温馨提示：', BODY[0]!, BODY[1]!]);
    expect(kept).toEqual([TITLE, OPENING, BODY[0], BODY[1]]);
  });
});

describe('metadata fields', () => {
  it.each(METADATA_FIELDS.map((f, i) => [`${f.field} #${i}`, f] as const))('%s reads its real example', (_name, field) => {
    expect(field.pattern.exec(field.example)?.[1]).toBeTruthy();
  });

  it('prefers 供稿单位 to 发布者 for the author, whatever the order of the lines', () => {
    const lines = ['发布者:办公室 发布时间:2021-09-07 09:36:19 阅读:23467次 【字体:', '(供稿单位:苏州市级机关工委)'];
    expect(extractMetadata(lines)).toEqual({ date: '2021-09-07 09:36:19', author: '苏州市级机关工委' });
    expect(extractMetadata(['2013年05月28日 17:40 　 来源：深港在线　 　 【大 中 小】 【打印】【关闭】'])).toEqual({
      date: '2013年05月28日 17:40',
      source: '深港在线',
    });
  });
});
