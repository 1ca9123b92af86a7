#!/usr/bin/env node
/**
 * Renders exports with LibreOffice and checks them as a reader would see them (not part of npm test:
 * CI has no LibreOffice). For each input: `speechkit export` → .docx → PDF (LibreOffice headless,
 * fonts through scripts/render-fonts.conf) → checks: A4 pages; the PDF's text equals the .docx's text
 * (read back with mammoth); lines per full page and characters per full line against the 22 × 28 grid.
 * Page 1 of each export is rendered to PNG (pdftoppm) for a person to look at.
 *
 *   npm run check:render                         # corpus/*.txt and test/export/fixtures/draft.md
 *   npm run check:render -- corpus/004_df05c4cd14513717.txt --png docs/export-004-page1.png
 *   npm run check:render -- draft.md --style speech --out /tmp/render
 *
 * Needs: apt-get install libreoffice-writer-nogui poppler-utils fonts-noto-cjk fonts-arphic-ukai
 * Exit: 0 all checks pass, 1 a check failed, 2 a tool is missing or a step failed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const GRID = { lines: 22, chars: 28 };
const A4_POINTS = { width: 595.3, height: 841.9 };
/** The text block of the standard, in points (margins top 37 mm, bottom 35 mm, left 28 mm). */
const TEXT_BLOCK = { top: 104.9, bottom: 841.9 - 99.2, left: 79.35, right: 595.3 - 73.7 };
const BODY_POINTS = 16;
/** Exact line spacing of the standard (579 twips). */
const LINE_POINTS = 28.95;
/** Closing marks that may hang past the right edge of a line. */
const HANGING_PUNCTUATION = '，。、；：！？”’）》」』,.;:!?';

const { inputs, style, png, out } = parseArgs(process.argv.slice(2));
for (const tool of ['soffice', 'pdftoppm', 'pdftotext', 'pdfinfo']) {
  if (spawnSync('which', [tool]).status !== 0) {
    console.error(`缺少 ${tool}：apt-get install libreoffice-writer-nogui poppler-utils fonts-noto-cjk fonts-arphic-ukai`);
    process.exit(2);
  }
}
const env = { ...process.env, FONTCONFIG_FILE: join(ROOT, 'scripts/render-fonts.conf') };
const profileDir = mkdtempSync(join(tmpdir(), 'speechkit-lo-'));
const profile = `file://${profileDir}`;
mkdirSync(out, { recursive: true });

let failed = false;
for (const [i, input] of inputs.entries()) {
  const name = basename(input, extname(input));
  const docx = join(out, `${name}.docx`);
  run('node', [join(ROOT, 'bin/speechkit.js'), 'export', input, '-o', docx, '--force', '--style', style]);
  run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, docx], { env });
  const pdf = join(out, `${name}.pdf`);
  run('pdftoppm', ['-png', '-r', '100', '-f', '1', '-l', '1', '-singlefile', pdf, join(out, `${name}-page1`)]);
  if (i === 0 && png) copyFileSync(join(out, `${name}-page1.png`), png);

  const info = run('pdfinfo', [pdf]);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const [w, h] = (/Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? []).slice(1).map(Number);
  const isA4 = Math.abs(w - A4_POINTS.width) < 1 && Math.abs(h - A4_POINTS.height) < 1;
  const expected = squeeze((await mammoth.extractRawText({ path: docx })).value);
  const rendered = squeeze(run('pdftotext', [pdf, '-']).replace(/—\s*\d+\s*—/g, ''));
  const text = compareText(expected, rendered);
  const grid = measureGrid(run('pdftotext', ['-bbox-layout', pdf, '-']), pages);

  const fullPagesOk = grid.rowsPerFullPage.every((n) => n === GRID.lines);
  const ok = isA4 && text.ok && fullPagesOk && (grid.charsPerLine === GRID.chars || grid.rowsPerFullPage.length === 0);
  failed ||= !ok;
  console.log(
    [
      ok ? '✓' : '✗',
      basename(input),
      `${pages} 页${isA4 ? ' A4' : ` 非A4(${w}×${h})`}`,
      text.summary,
      `满页行数 ${grid.rowsPerFullPage.join('/') || '（不足一页）'}`,
      `整行字数 ${grid.charsPerLine}（众数）`,
      join(out, `${name}-page1.png`),
    ].join('  '),
  );
}
rmSync(profileDir, { recursive: true, force: true });
process.exit(failed ? 1 : 0);

/**
 * Compares the PDF's text with the .docx's. LibreOffice (7.4) leaves out a closing punctuation mark
 * that it hangs into the margin at the end of a justified line (left-aligned, the same mark hangs and
 * prints): such losses are listed, not failed; any other difference fails.
 */
function compareText(expected, rendered) {
  const dropped = [];
  let j = 0;
  for (let i = 0; i < expected.length; i++) {
    if (expected[i] === rendered[j]) j++;
    else dropped.push(i);
  }
  const onlyHung = j === rendered.length && dropped.every((i) => HANGING_PUNCTUATION.includes(expected[i]));
  if (dropped.length === 0 && j === rendered.length) return { ok: true, summary: '文字与 .docx 一致' };
  if (onlyHung) {
    const where = dropped.map((i) => `${expected.slice(Math.max(0, i - 6), i)}[${expected[i]}]`).join(' ');
    return { ok: true, summary: `文字与 .docx 一致，但 LibreOffice 丢了 ${dropped.length} 个行尾悬挂标点：${where}` };
  }
  return { ok: false, summary: `文字不一致（PDF ${rendered.length} 字，docx ${expected.length} 字，自第 ${dropped[0] ?? j} 字起）` };
}

/**
 * How far down each page but the last the text reaches, in lines of the grid (the title's blank
 * line counts as a line), and the most common number of characters a full line holds (CJK
 * characters count 1, Latin letters and digits ½, the first-line indent its width).
 */
function measureGrid(bboxHtml, pages) {
  const rowsPerFullPage = [];
  const widths = new Map();
  const pageHtml = bboxHtml.split(/<page /).slice(1);
  pageHtml.forEach((page, index) => {
    const lines = [...page.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"[^>]*>([\s\S]*?)<\/line>/g)]
      .map((m) => ({ x: Number(m[1]), y: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: [...m[5].matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join('') }))
      .filter((l) => l.y >= TEXT_BLOCK.top - BODY_POINTS && l.y < TEXT_BLOCK.bottom);
    if (index < pages - 1 && lines.length > 0) rowsPerFullPage.push(Math.round((lines.at(-1).yMax - TEXT_BLOCK.top) / LINE_POINTS));
    // Only lines that reach the right edge of the text block are full lines.
    for (const line of lines.filter((l) => l.xMax >= TEXT_BLOCK.right - BODY_POINTS / 2)) {
      const indent = Math.round((line.x - TEXT_BLOCK.left) / BODY_POINTS);
      const chars = indent + [...line.text].reduce((n, c) => n + (c.charCodeAt(0) < 0x2000 ? 0.5 : 1), 0);
      const key = Math.floor(chars);
      widths.set(key, (widths.get(key) ?? 0) + 1);
    }
  });
  const charsPerLine = [...widths.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  return { rowsPerFullPage, charsPerLine };
}

function squeeze(text) {
  return text.replace(/\s+/g, '');
}

function run(command, args, options = {}) {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
  } catch (error) {
    console.error(`${command} 失败：${(error.stderr || error.stdout || error.message).toString().trim()}`);
    process.exit(2);
  }
}

function parseArgs(args) {
  const options = { inputs: [], style: 'standard', png: undefined, out: mkdtempSync(join(tmpdir(), 'speechkit-render-')) };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--style') options.style = args[++i];
    else if (arg === '--png') options.png = resolve(args[++i]);
    else if (arg === '--out') options.out = resolve(args[++i]);
    else options.inputs.push(resolve(arg));
  }
  if (options.inputs.length === 0) {
    const corpus = join(ROOT, 'corpus');
    options.inputs = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => join(corpus, f));
    options.inputs.push(join(ROOT, 'test/export/fixtures/draft.md'));
  }
  return options;
}
