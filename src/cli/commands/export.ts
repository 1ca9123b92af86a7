import type { Command } from 'commander';
import { basename, dirname, extname, join } from 'node:path';
import { UsageError } from '../../errors.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { readSource } from '../../io/read-source.js';
import { isSameFile } from '../../io/same-file.js';
import { LineIndex } from '../../text/line-index.js';
import type { CommandContext } from '../main.js';

interface ExportFlags {
  output?: string;
  style?: string;
  fonts?: string;
  force?: boolean;
  json?: boolean;
}

export function registerExport(program: Command, context: CommandContext): void {
  program
    .command('export')
    .description('把草稿或讲话稿导出为公文格式的 Word 文档（GB/T 9704：仿宋三号、每页22行×28字、“— 1 —”页码）')
    .argument('<文件>', '草稿（.md，speechkit draft 的格式）或讲话稿（.txt .docx .html）')
    .option('-o, --output <文件.docx>', '输出文件（默认：输入文件旁同名的 .docx）')
    .option('--style <版式>', 'standard（公文格式，默认）或 speech（讲话稿：标题下署名和日期、称呼顶格、页码居中）')
    .option('--fonts <字体>', 'standard（仿宋_GB2312、楷体_GB2312，默认）或 windows（仿宋、楷体）')
    .option('--force', '输出文件已存在时覆盖')
    .option('--json', '输出 JSON')
    .action(async (input: string, flags: ExportFlags) => {
      // Loaded on use: the Markdown parser and the docx package are only needed here.
      const { exportDocx, findExportStyle, findFontProfile, EXPORT_STYLES, FONT_PROFILES } = await import('../../export/index.js');
      const { style: styleId = 'standard', fonts: fontsId = 'standard' } = flags;
      const style = findExportStyle(styleId);
      if (!style) throw new UsageError(`未知的版式 --style ${styleId}；可选：${EXPORT_STYLES.map((s) => s.id).join('、')}`);
      const fonts = findFontProfile(fontsId);
      if (!fonts) throw new UsageError(`未知的字体方案 --fonts ${fontsId}；可选：${FONT_PROFILES.map((f) => f.id).join('、')}`);
      const output = flags.output ?? defaultOutput(input);
      if (extname(output).toLowerCase() !== '.docx') throw new UsageError(`输出文件应以 .docx 结尾：${output}`);
      // Even with --force: the export re-lays the text out, so the user's own formatting would be lost.
      if (await isSameFile(input, output)) {
        throw new UsageError(`输出文件就是输入文件 ${input}，导出会按公文格式重排、丢掉原有排版；请用 -o 另指一个文件`);
      }

      const source = await readSource(input);
      const { bytes, result } = await exportDocx(source, { style, fonts });
      await writeFileAtomic(output, bytes, { force: flags.force });

      const { document } = result;
      // Problems met while reading (undecodable bytes, no text) come first, as in analyze and check.
      const diagnostics = [...(source.warnings ?? []), ...result.diagnostics];
      const count = (kind: string) => document.blocks.filter((b) => b.kind === kind).length;
      const lines = new LineIndex(source.original);
      const located = diagnostics.map((d) => ({ ...d, ...lines.locate(d.span.start) }));
      if (flags.json) {
        const summary = {
          input,
          output,
          style: style.id,
          fonts: fonts.id,
          title: document.title ?? null,
          headings: count('heading'),
          paragraphs: count('paragraph') + count('salutation'),
          bytes: bytes.byteLength,
          diagnostics: located,
        };
        context.io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
        return;
      }
      for (const d of located) context.io.stderr(`${input}:${d.line}:${d.column}  警告  ${d.message}  ${d.ruleId}\n`);
      const title = document.title ? `“${document.title}”` : '（无标题）';
      context.io.stdout(
        `已导出 ${output}：${style.description}，标题${title}，层次标题 ${count('heading')} 个，正文 ${count('paragraph') + count('salutation')} 段\n`,
      );
    });
}

/** draft.md → draft.docx beside it; a .docx input gets "-排版" so the output never names the input. */
function defaultOutput(input: string): string {
  const stem = basename(input, extname(input));
  const suffix = extname(input).toLowerCase() === '.docx' ? '-排版.docx' : '.docx';
  return join(dirname(input), `${stem}${suffix}`);
}
