import type { Command } from 'commander';
import { extname, resolve } from 'node:path';
import type { PhraseIdea } from '../../draft/hint-comments.js';
import { InputError, UsageError } from '../../errors.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { collectInputs } from '../../io/collect-inputs.js';
import { readSource } from '../../io/read-source.js';
import { readTemplateSource } from '../../io/read-templates.js';
import type { SourceDocument, Speech } from '../../model.js';
import { normalizeDocument } from '../../normalize/normalize-document.js';
import { parseSpeech } from '../../parse/parse-speech.js';
import { MappedText } from '../../text/mapped-text.js';
import type { CliIo } from '../cli-io.js';
import type { CommandContext } from '../main.js';
import { printReadWarnings } from '../read-warnings.js';
import type { SegmenterEngine } from '../../segment/segmenter.js';
import { parseSegmenter } from './analyze-options.js';

interface DraftFlags {
  template: string;
  spec?: string;
  from?: string;
  templates?: string;
  output?: string;
  force?: boolean;
  rate: string;
  suggest?: boolean;
  segmenter?: SegmenterEngine;
  corpus: string;
  style: string;
}

export function registerDraft(program: Command, context: CommandContext): void {
  program
    .command('draft')
    .description('按会议类型模板和规格文件起草讲话稿，或以一篇范文的结构生成提纲骨架')
    .option('-t, --template <模板>', '模板名（speechkit templates 查看）或 .hbs 文件', 'work-meeting')
    .option('-s, --spec <文件>', '规格文件（YAML 或 JSON，示例见 templates/examples/）')
    .option('--from <范文>', '以范文的结构生成骨架（.txt .docx .md .html），代替 --spec')
    .option('--templates <目录>', '自定义模板目录（其中的 .hbs 文件，同名时覆盖内置模板）')
    .option('-o, --output <文件>', '写入 .md 草稿或 .docx 文档（不给则打印到屏幕）')
    .option('--force', '输出文件已存在时覆盖')
    .option('--rate <字每分钟>', '语速，用来把目标时长换算成字数', '180')
    .option('--suggest', '为每一点从语料中找几句参考句，以注释写入草稿')
    .option('--corpus <目录>', '--suggest 使用的语料目录', 'corpus')
    .option('--segmenter <引擎>', '--suggest 用的分词引擎：node-rs（默认）或 nodejieba（需另行安装）', parseSegmenter)
    .option('--style <版式>', '输出 .docx 时的版式：speech（讲话稿）或 standard（公文格式）', 'speech')
    .action(async (flags: DraftFlags) => {
      if ((flags.spec === undefined) === (flags.from === undefined)) {
        throw new UsageError('请给出 --spec 规格文件（按模板起草）或 --from 范文（生成骨架），二者选一');
      }
      const rate = Number(flags.rate);
      if (!(rate >= 60 && rate <= 600)) throw new UsageError(`--rate 应是 60 到 600 之间的数字（每分钟字数），现在是 ${flags.rate}`);
      const format = flags.output === undefined ? 'stdout' : outputFormat(flags.output);

      const markdown = flags.spec !== undefined ? await draftFromSpecFile(flags.spec, flags, rate) : await skeletonFromFile(flags.from!, flags, context.io);

      if (flags.output === undefined) {
        context.io.stdout(markdown);
      } else if (format === 'md') {
        await writeFileAtomic(flags.output, markdown, { force: flags.force });
        context.io.stdout(`已写出草稿 ${flags.output}\n`);
      } else {
        const bytes = await exportToDocx(markdown, flags.output, flags.style);
        await writeFileAtomic(flags.output, bytes, { force: flags.force });
        context.io.stdout(`已写出 Word 文档 ${flags.output}（${flags.style} 版式）\n`);
      }
    });
}

function outputFormat(path: string): 'md' | 'docx' {
  const ext = extname(path).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.docx') return 'docx';
  throw new UsageError(`-o 的文件应以 .md 或 .docx 结尾：${path}`);
}

async function draftFromSpecFile(specPath: string, flags: DraftFlags, rate: number): Promise<string> {
  // Loaded on use: YAML, Handlebars and the segmenter are only needed here.
  const { parseSpec } = await import('../../draft/parse-spec.js');
  const { draftFromSpec } = await import('../../draft/draft-from-spec.js');
  const template = await readTemplateSource(flags.template, flags.templates);
  const spec = parseSpec((await readSource(specPath)).original, specPath);
  const queries = spec.points.map((p) => [p.title, ...p.notes, ...p.subpoints.flatMap((s) => [s.title, ...s.notes])].join('。'));
  const ideas = flags.suggest ? await suggestFromCorpus(queries, flags.corpus, flags.segmenter) : undefined;
  return draftFromSpec(spec, template, { rate, ideas });
}

async function skeletonFromFile(modelPath: string, flags: DraftFlags, io: CliIo): Promise<string> {
  const [{ analyzeSource }, { buildSkeleton }] = await Promise.all([
    import('../../analyze/analyze-speech.js'),
    import('../../draft/build-skeleton.js'),
  ]);
  // Repaired words (效劳 → 服务) make better headings to start from.
  const source = await readSource(modelPath);
  printReadWarnings(source, io);
  const analysis = analyzeSource(source, { normalize: { repair: true } });
  const queries = analysis.outline.map((item) => [item.text, ...item.children.map((c) => c.text)].join('。'));
  // The model's own sentences would be poor ideas for rewriting it.
  const ideas = flags.suggest ? await suggestFromCorpus(queries, flags.corpus, flags.segmenter, modelPath) : undefined;
  return buildSkeleton({ ...analysis, ideas });
}

async function suggestFromCorpus(
  queries: readonly string[],
  corpusDir: string,
  engine: SegmenterEngine | undefined,
  exclude?: string,
): Promise<PhraseIdea[][]> {
  const [{ suggestPhrases }, { loadSegmenter }] = await Promise.all([
    import('../../draft/suggest-phrases.js'),
    import('../../segment/segmenter.js'),
  ]);
  const [corpus, segmenter] = await Promise.all([readCorpus(corpusDir), loadSegmenter(engine)]);
  const others = exclude === undefined ? corpus : corpus.filter((s) => resolve(s.normalized.source.path) !== resolve(exclude));
  return suggestPhrases(queries, others, segmenter);
}

/** Every readable speech under the corpus directory, parsed; an unreadable file is skipped. */
async function readCorpus(dir: string): Promise<Speech[]> {
  const inputs = (await collectInputs([dir])).filter((input) => !input.error);
  if (inputs.length === 0) throw new InputError('--suggest 找不到语料（讲话稿 .txt .docx .md .html），用 --corpus 指定语料目录', dir);
  const speeches: Speech[] = [];
  for (const input of inputs) {
    const source = await readSource(input.path).catch(() => undefined);
    if (source) speeches.push(parseSpeech(normalizeDocument(source)));
  }
  return speeches;
}

async function exportToDocx(markdown: string, output: string, styleId: string): Promise<Uint8Array> {
  const { exportDocx, findExportStyle, findFontProfile, EXPORT_STYLES } = await import('../../export/index.js');
  const style = findExportStyle(styleId);
  if (!style) throw new UsageError(`未知的版式 --style ${styleId}；可选：${EXPORT_STYLES.map((s) => s.id).join('、')}`);
  const source: SourceDocument = { path: output, format: 'md', encoding: 'UTF-8', original: markdown, text: MappedText.identity(markdown) };
  const { bytes } = await exportDocx(source, { style, fonts: findFontProfile('standard')! });
  return bytes;
}
