import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/draft/render-template.js';
import type { TemplateSource } from '../../src/draft/template-header.js';
import { TemplateError } from '../../src/errors.js';

const context = {
  meeting: '全市机关党建工作会议',
  closing: '',
  points: [
    { number: 1, title: '提高政治站位', notes: [], ideas: [], chars: 500, subpoints: [] },
    { number: 2, title: '突出政治建设', notes: ['落实“第一议题”制度'], ideas: [], chars: 500, subpoints: [] },
  ],
};

const template = (text: string): TemplateSource => ({ name: 'custom', path: 'templates/custom.hbs', text, origin: 'user' });

async function renderFailure(text: string): Promise<TemplateError> {
  try {
    await renderTemplate(template(text), context);
  } catch (error) {
    expect(error).toBeInstanceOf(TemplateError);
    return error as TemplateError;
  }
  throw new Error('the template rendered');
}

describe('renderTemplate', () => {
  it('renders with the helpers, without escaping Markdown text', async () => {
    const text = '今天，我们召开{{meeting}}。下面，我{{announce points}}。\n{{#each points}}\n## {{marker 1 number}}{{title}}\n{{/each}}';
    expect(await renderTemplate(template(text), { ...context, meeting: '“三会一课”<推进>会' })).toBe(
      '今天，我们召开“三会一课”<推进>会。下面，我讲两点意见。\n## 一、提高政治站位\n## 二、突出政治建设\n',
    );
  });

  it('names a missing field and its line', async () => {
    const error = await renderFailure('同志们：\n\n今天，我们召开{{meting}}。');
    expect(error.format()).toBe('templates/custom.hbs:3:10: 模板引用的字段 meting 不存在（拼写有误，或规格里没有这一项）');
  });

  it('names a missing field inside a block', async () => {
    const error = await renderFailure('{{#each points}}\n## {{titel}}\n{{/each}}');
    expect(error.message).toMatch(/字段 titel 不存在/);
    expect(error.line).toBe(2);
  });

  it('is strict in #if too, where Handlebars alone would let a typo pass', async () => {
    const error = await renderFailure('\n{{#if closnig}}{{closing}}{{/if}}');
    expect(error.message).toMatch(/\{\{#if\}\} 引用的字段 closnig 不存在/);
    expect(error.line).toBe(2);
    expect(await renderTemplate(template('{{#if closing}}有{{else}}无{{/if}}'), context)).toBe('无');
  });

  it('refuses an unknown helper, listing the known ones', async () => {
    const error = await renderFailure('标题\n{{shout meeting}}');
    expect(error.format()).toMatch(/^templates\/custom\.hbs:2:1: 未知的帮助函数 shout：模板只能用 cn、count、marker/);
  });

  it('refuses the log helper, which would write to the console', async () => {
    expect((await renderFailure('{{log meeting}}')).message).toMatch(/未知的帮助函数 log/);
  });

  it('names a helper argument that is not defined', async () => {
    const error = await renderFailure('\n\n{{marker 1 nmber}}');
    expect(error.format()).toBe('templates/custom.hbs:3:1: 帮助函数 marker 的参数 “nmber” 应是1 到 99 的整数，现在未定义（字段名写错了，或上下文里没有这一项）');
  });

  it('reports a syntax error at its line', async () => {
    const unclosed = await renderFailure('{{#each points}}\n## {{title}}\n');
    expect(unclosed.message).toMatch(/模板语法错误：模板在结尾处不完整/);
    const mismatched = await renderFailure('{{#if closing}}\n完\n{{/each}}');
    expect(mismatched.format()).toMatch(/^templates\/custom\.hbs:1:4: 模板语法错误：\{\{#if\}\} 块却以 \{\{\/each\}\} 结束/);
  });

  it('gives no access to prototypes', async () => {
    const error = await renderFailure('{{meeting.constructor.name}}');
    expect(error.message).toMatch(/不存在/);
    expect(await renderTemplate(template('[{{lookup meeting "constructor"}}]'), context)).toBe('[]');
  });
});
