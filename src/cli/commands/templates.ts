import type { Command } from 'commander';
import { relative } from 'node:path';
import type { TemplateInfo } from '../../draft/template-header.js';
import { SpeechkitError } from '../../errors.js';
import { readTemplateSources } from '../../io/read-templates.js';
import type { CommandContext } from '../main.js';

interface TemplatesFlags {
  templates?: string;
  json?: boolean;
}

export function registerTemplates(program: Command, context: CommandContext): void {
  program
    .command('templates')
    .description('列出起草用的会议类型模板（内置的和 --templates 目录中的），每个一行说明')
    .option('--templates <目录>', '自定义模板目录（其中的 .hbs 文件）')
    .option('--json', '输出 JSON')
    .action(async (flags: TemplatesFlags) => {
      const { readTemplateHeader } = await import('../../draft/template-header.js');
      const sources = await readTemplateSources(flags.templates);
      // A broken user template is listed with its problem; the others stay usable.
      const entries = sources.map((source) => {
        try {
          return { info: readTemplateHeader(source) };
        } catch (error) {
          if (!(error instanceof SpeechkitError)) throw error;
          return { info: readTemplateHeader({ ...source, text: '' }), problem: error.format() };
        }
      });
      if (flags.json) {
        const json = entries.map(({ info, problem }) => ({ ...info, ...(problem ? { problem } : {}) }));
        context.io.stdout(`${JSON.stringify({ templates: json }, null, 2)}\n`);
        return;
      }
      const width = Math.max(...entries.map((e) => e.info.name.length));
      const labelWidth = Math.max(...entries.map((e) => e.info.label.length));
      for (const origin of ['builtin', 'user'] as const) {
        const group = entries.filter((e) => e.info.origin === origin);
        if (group.length === 0) continue;
        context.io.stdout(origin === 'builtin' ? '内置模板：\n' : `自定义模板（${flags.templates}）：\n`);
        for (const { info, problem } of group) context.io.stdout(`  ${line(info, width, labelWidth)}${problem ? `\n    ⚠ ${problem}` : ''}\n`);
      }
      context.io.stdout('\n用法：speechkit draft --template 模板名 --spec 规格.yaml [-o 草稿.md]\n');
    });
}

function line(info: TemplateInfo, width: number, labelWidth: number): string {
  const example = info.example ? `（示例：${relative(process.cwd(), info.example) || info.example}）` : '';
  // Labels are Chinese: pad with the ideographic space so the descriptions line up.
  return `${info.name.padEnd(width)}  ${info.label.padEnd(labelWidth, '\u3000')}  ${info.description}${example}`;
}
