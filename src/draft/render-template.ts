import type { HelperDelegate } from 'handlebars';
import { TemplateError } from '../errors.js';
import { TEMPLATE_HELPERS, type HelperCall } from './template-helpers.js';
import type { TemplateSource } from './template-header.js';

/** Handlebars' block helpers a template may use; each is made strict about a missing argument. */
const BUILT_IN_BLOCKS = ['if', 'unless', 'each', 'with'] as const;

/**
 * Renders a template in an isolated Handlebars instance: strict (a missing field is an error naming
 * it and its line), known helpers only, no prototype access, no HTML escaping (the output is
 * Markdown). Every failure is a TemplateError pointing into the template file.
 */
export async function renderTemplate(source: TemplateSource, context: object): Promise<string> {
  const { default: Handlebars } = await import('handlebars');
  const hb = Handlebars.create();
  for (const helper of TEMPLATE_HELPERS) {
    hb.registerHelper(helper.name, (...args: unknown[]) => helper.run(args.slice(0, -1), args.at(-1) as HelperCall));
  }
  for (const name of BUILT_IN_BLOCKS) hb.registerHelper(name, strictBlock(hb.helpers[name]!, name));
  hb.unregisterHelper('log'); // it writes to the console
  const knownHelpers = Object.fromEntries([...TEMPLATE_HELPERS.map((h) => [h.name, true]), ['log', false]]);
  try {
    // trackIds (missing from the typings) gives helpers the expressions of their arguments, for messages.
    const options = { strict: true, knownHelpers, knownHelpersOnly: true, noEscape: true, trackIds: true };
    const template = hb.compile(source.text, options as Parameters<typeof hb.compile>[1]);
    return template(context, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  } catch (error) {
    throw toTemplateError(error, source.path);
  }
}

/** Handlebars lets `{{#if titel}}` pass silently even in strict mode; these wrappers do not. */
function strictBlock(builtIn: HelperDelegate, name: string): HelperDelegate {
  return function (this: unknown, ...args: unknown[]) {
    const call = args.at(-1) as HelperCall;
    if (args.length > 1 && args[0] === undefined) {
      const where = call.loc?.start;
      const field = call.ids?.[0] ?? '';
      throw new TemplateError(`{{#${name}}} 引用的字段 ${field} 不存在（拼写有误，或规格里没有这一项）`, undefined, where?.line, where && where.column + 1);
    }
    return (builtIn as (...a: unknown[]) => unknown).apply(this, args);
  };
}

interface HandlebarsException {
  readonly message: string;
  readonly lineNumber?: number;
  readonly column?: number;
}

/** Handlebars' English messages, said in Chinese with the template file and line. */
function toTemplateError(error: unknown, path: string): TemplateError {
  if (error instanceof TemplateError) return new TemplateError(error.message, path, error.line, error.column);
  const { message, lineNumber, column } = error as HandlebarsException;
  const text = String(message).replace(/ - \d+:\d+$/, '');
  const at = (m: string, line = lineNumber, col = column === undefined ? undefined : column + 1): TemplateError =>
    new TemplateError(m, path, line, col);
  let m: RegExpExecArray | null;
  if ((m = /^"(.+)" not defined in/.exec(text))) return at(`模板引用的字段 ${m[1]} 不存在（拼写有误，或规格里没有这一项）`);
  if ((m = /unknown helper (\S+)/.exec(text))) {
    const known = [...TEMPLATE_HELPERS.map((h) => h.name), ...BUILT_IN_BLOCKS, 'lookup'].join('、');
    return at(`未知的帮助函数 ${m[1]}：模板只能用 ${known}`);
  }
  if ((m = /^Parse error on line (\d+):[\s\S]*got '(\w+)'/.exec(text))) {
    const what = m[2] === 'EOF' ? '模板在结尾处不完整（有未闭合的 {{#…}} 块？）' : `此处不应出现 ${m[2]}（检查 {{ }} 是否成对）`;
    return at(`模板语法错误：${what}`, Number(m[1]), undefined);
  }
  if ((m = /^(\S+) doesn't match (\S+)/.exec(text))) return at(`模板语法错误：{{#${m[1]}}} 块却以 {{/${m[2]}}} 结束`);
  if ((m = /^The partial (\S+) could not be found/.exec(text))) return at(`模板引用了不存在的局部模板 ${m[1]}`);
  return at(`模板无法渲染：${text.split('\n')[0]}`);
}
