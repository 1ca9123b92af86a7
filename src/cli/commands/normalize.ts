import type { Command } from 'commander';
import { readSource } from '../../io/read-source.js';
import { normalizeDocument } from '../../normalize/normalize-document.js';
import { forEachInput } from '../batch.js';
import type { CommandContext } from '../main.js';

interface NormalizeFlags {
  repair?: boolean;
  showRemoved?: boolean;
  json?: boolean;
}

export function registerNormalize(program: Command, context: CommandContext): void {
  program
    .command('normalize')
    .description('清理网页杂质、繁转简、统一标点，输出干净的讲话正文')
    .argument('<文件或目录...>', '讲话稿文件（.txt .docx .md .html）或目录')
    .option('--repair', '把“伪原创”替换词改回原词（如 效劳→服务）')
    .option('--show-removed', '列出被删除的网页杂质及原因')
    .option('--json', '输出 JSON')
    .action(async (paths: string[], flags: NormalizeFlags) => {
      const docs = await forEachInput(paths, context, async (path) =>
        normalizeDocument(await readSource(path), { repair: flags.repair }),
      );
      for (const doc of docs) {
        if (docs.length > 1 && !flags.json) context.io.stdout(`==> ${doc.source.path} <==\n`);
        context.io.stdout(`${doc.text.value.trim()}\n`);
      }
    });
}
