/**
 * A template is code from the user (--template FILE.hbs or --templates DIR): a mistake in it is one
 * Chinese line naming the template file and line; it may call only speechkit's helpers and reach
 * only the fields of the spec — nothing on an object's prototype, no partials from disk.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { expectFatal, expectRead } from './expect-failure.js';

const SPEC = new URL('../../templates/examples/progress.yaml', import.meta.url).pathname;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'speechkit-template-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function draftWith(name: string, lines: readonly string[]) {
  const template = join(dir, name);
  await writeFile(template, `${lines.join('\n')}\n`);
  return { template, run: await runCli(['draft', '--template', template, '--spec', SPEC]) };
}

/** The start of a template as a user writes one, after the built-in ones. */
const HEAD = ['# {{title}}', '', '同志们：', '', '下面，我{{announce points}}。', ''];

describe('a template with a mistake', () => {
  it('an unclosed block: names the template (and where it ends)', async () => {
    const { template, run } = await draftWith('unclosed.hbs', [...HEAD, '{{#each points}}', '## {{marker 1 @number}}{{title}}']);
    expectFatal(run, template, { line: 9 });
  });

  it('an unknown helper: names it, the line and column, and the helpers there are', async () => {
    const { template, run } = await draftWith('unknown-helper.hbs', [...HEAD, '{{#each points}}', '## {{upper title}}', '{{/each}}']);
    const message = expectFatal(run, template, { line: 8, column: 4 });
    expect(message).toContain('upper');
    expect(message).toContain('announce');
  });

  it('a field the spec does not have (strict): names it and the line', async () => {
    const { template, run } = await draftWith('missing-field.hbs', [...HEAD, '{{venue}}']);
    expect(expectFatal(run, template, { line: 7 })).toContain('venue');
  });
});

describe('a template reaches nothing but the spec', () => {
  it.each([
    ['constructor.hbs', '{{title.constructor.name}}'],
    ['proto.hbs', '{{#with title as |t|}}{{t.__proto__.constructor.name}}{{/with}}'],
    ['lookup.hbs', '【{{lookup title "constructor"}}】【{{lookup this "__proto__"}}】'],
  ])('%s: the prototype is out of reach', async (name, line) => {
    const { run } = await draftWith(name, [...HEAD, line]);
    if (run.code === 0) {
      expectRead(run);
      expect(run.stdout).toContain('【】【】');
    } else {
      expect(run.code).toBe(2);
    }
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/String|Object|Function|native code/);
  });

  it('the known Handlebars code-execution payload is refused and runs nothing', async () => {
    const marker = join(dir, 'pwned');
    const payload = [
      '{{#with "s" as |string|}}',
      '  {{#with "e"}}',
      '    {{#with split as |conslist|}}',
      '      {{this.pop}}',
      '      {{this.push (lookup string.sub "constructor")}}',
      '      {{this.pop}}',
      '      {{#with string.split as |codelist|}}',
      '        {{this.pop}}',
      `        {{this.push "globalThis.speechkitPwned = true; process.getBuiltinModule('fs').writeFileSync('${marker}', '');"}}`,
      '        {{this.pop}}',
      '        {{#each conslist}}',
      '          {{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}',
      '        {{/each}}',
      '      {{/with}}',
      '    {{/with}}',
      '  {{/with}}',
      '{{/with}}',
    ];
    const { template, run } = await draftWith('payload.hbs', [...HEAD, ...payload]);
    expectFatal(run, template);
    expect((globalThis as { speechkitPwned?: boolean }).speechkitPwned).toBeUndefined();
  });

  it.each([
    ['partial.hbs', '{{> ../../../etc/passwd}}'],
    ['log.hbs', '{{log "写到控制台"}}'],
  ])('%s: no partials from disk, no console', async (name, line) => {
    const { template, run } = await draftWith(name, [...HEAD, line]);
    expectFatal(run, template);
    expect(run.stdout).not.toContain('root:');
  });
});
