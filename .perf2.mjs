import { readFileSync } from 'node:fs';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { markdownToText } from './dist/io/markdown-to-text.js';
const line = readFileSync('corpus/004_df05c4cd14513717.txt', 'utf8').replace(/\s+/g, '');
for (const n of [250_000, 500_000, 1_000_000]) {
  const md = line.repeat(Math.ceil(n / line.length)).slice(0, n).replace(/。/g, '。\n\n');
  let t = performance.now();
  fromMarkdown(md);
  const parse = performance.now() - t;
  t = performance.now();
  markdownToText(md);
  console.log(n, 'parse', parse.toFixed(0), 'total', (performance.now() - t).toFixed(0));
}
