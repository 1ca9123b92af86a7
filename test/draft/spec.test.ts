import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../src/draft/parse-spec.js';
import { SpecError } from '../../src/errors.js';

/** The SpecError that parsing `yaml` raises, as the user sees it (file:line: message). */
function specFailure(yaml: string): string {
  try {
    parseSpec(yaml, 'meeting.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(SpecError);
    return (error as SpecError).format();
  }
  throw new Error('the spec was accepted');
}

const HEAD = `title: 在全市机关党建工作会议上的讲话
meeting: 全市机关党建工作会议
speaker: 市委常委、组织部部长 张三
date: 2024年3月1日
minutes: 20
`;

describe('parseSpec', () => {
  it('reads the example spec of the work-meeting template, filling optional fields', () => {
    const spec = parseSpec(readFileSync('templates/examples/work-meeting.yaml', 'utf8'), 'work-meeting.yaml');
    expect(spec.title).toBe('在全市机关党建工作会议上的讲话');
    expect(spec.minutes).toBe(20);
    expect(spec.closing).toBe('');
    expect(spec.points).toHaveLength(4);
    expect(spec.points[0]!.subpoints).toEqual([]);
    expect(spec.points[1]!.subpoints[0]).toEqual({ title: '坚持理论武装', notes: ['落实“第一议题”制度'] });
    // A plain text item stands for its title.
    expect(spec.points[2]!.subpoints[1]).toEqual({ title: '抓好党员教育管理', notes: [] });
    expect(spec.points[3]!.notes).toEqual(['主体责任清单', '述职评议考核']);
  });

  it('reads JSON as well', () => {
    const spec = parseSpec(readFileSync('templates/examples/symposium.json', 'utf8'), 'symposium.json');
    expect(spec.points.map((p) => p.subpoints.length)).toEqual([0, 2, 0]);
    expect(spec.date).toBe('2024年5月4日');
  });

  it('drops closing punctuation from headings, which the template adds itself', () => {
    const spec = parseSpec(`${HEAD}points:\n  - 坚定理想信念。\n`, 'm.yaml');
    expect(spec.points[0]!.title).toBe('坚定理想信念');
  });

  it('names a missing title of a point and the line of that point', () => {
    const yaml = `${HEAD}points:
  - title: 提高政治站位
  - title: 突出政治建设
  - notes: 夯实基层基础
  - title: 压实工作责任
`;
    // Line 9 is “- notes: 夯实基层基础”, the third point (points[2]).
    expect(specFailure(yaml)).toBe('meeting.yaml:9: points[2].title 缺失：需要这一点的标题，例如 title: 提高政治站位，深刻认识机关党建的重要意义');
  });

  it('names a missing sub-point title with its line', () => {
    const yaml = `${HEAD}points:
  - title: 突出政治建设
    subpoints:
      - title: 坚持理论武装
      - notes: 严肃党内政治生活
`;
    expect(specFailure(yaml)).toMatch(/^meeting\.yaml:10: points\[0\]\.subpoints\[1\]\.title 缺失/);
  });

  it('names a missing top-level field', () => {
    const yaml = HEAD.replace('minutes: 20\n', '') + 'points:\n  - 提高政治站位\n';
    expect(specFailure(yaml)).toBe('meeting.yaml:1: minutes 缺失：需要目标时长（分钟），例如 minutes: 20');
  });

  it('says what a wrong type was and what was expected', () => {
    const yaml = HEAD.replace('minutes: 20', 'minutes: 二十分钟') + 'points:\n  - 提高政治站位\n';
    expect(specFailure(yaml)).toBe('meeting.yaml:5: minutes 应是一个数字（目标时长（分钟）），例如 minutes: 20；现在是文字“二十分钟”');
    expect(specFailure(`${HEAD}points: 提高政治站位\n`)).toMatch(/^meeting\.yaml:6: points 应是一个列表/);
    expect(specFailure(`${HEAD}points:\n  - title: [一, 二]\n`)).toMatch(/^meeting\.yaml:7: points\[0\]\.title 应是一段文字.*现在是列表/);
  });

  it('refuses an implausible length', () => {
    expect(specFailure(HEAD.replace('minutes: 20', 'minutes: 200') + 'points:\n  - 提高政治站位\n')).toMatch(
      /^meeting\.yaml:5: minutes 应在 1 到 180 分钟之间/,
    );
  });

  it('catches a misspelt field and lists the right ones', () => {
    expect(specFailure(`${HEAD}points:\n  - titel: 提高政治站位\n`)).toMatch(/^meeting\.yaml:7: 不认识的字段 points\[0\]\.titel：这里可用的字段是 title（这一点的标题）/);
  });

  it('refuses an empty list of points and an empty title', () => {
    expect(specFailure(`${HEAD}points: []\n`)).toMatch(/^meeting\.yaml:6: points 是空列表/);
    expect(specFailure(HEAD.replace('title: 在全市机关党建工作会议上的讲话', 'title: "  "') + 'points:\n  - 一\n')).toMatch(/^meeting\.yaml:1: title 是空的/);
  });

  it('reports a YAML syntax error at its line', () => {
    expect(specFailure(`${HEAD}points: [提高政治站位,\nclosing: 完\n`)).toMatch(/^meeting\.yaml:7: YAML 语法错误/);
  });

  it('refuses tags instead of running them', () => {
    expect(specFailure(`${HEAD}points:\n  - !!js/function "function () { return 1 }"\n`)).toMatch(/^meeting\.yaml:7: 不支持的 YAML 标签/);
  });

  it('refuses a spec that is not a map of fields', () => {
    expect(specFailure('')).toMatch(/^meeting\.yaml:1: 规格文件应是“字段: 值”的形式.*现在是空文件/);
    expect(specFailure('- 提高政治站位\n')).toMatch(/现在是一个列表/);
  });

  it('refuses a field given twice', () => {
    expect(specFailure(`${HEAD}minutes: 30\npoints:\n  - 一\n`)).toBe('meeting.yaml:6: YAML 语法错误：同一个字段写了两次');
  });
});
