/**
 * Invariants of reading on arbitrary input: decoding any damaged bytes never throws and its warnings
 * point into the decoded text; the whole pipeline on any HTML page or Markdown file keeps
 * raw === original.slice(span). (The readers' own mapping is checked in test/io/extraction-properties.)
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { analyzeSpeech } from '../../src/analyze/analyze-speech.js';
import { decodeText } from '../../src/io/decode-text.js';
import { htmlToText } from '../../src/io/html-to-text.js';
import { markdownToText } from '../../src/io/markdown-to-text.js';
import type { SourceDocument } from '../../src/model.js';
import { normalizeDocument } from '../../src/normalize/normalize-document.js';
import { parseSpeech } from '../../src/parse/parse-speech.js';
import { expectSpansMapBack } from './expect-positions.js';
import { speechLikeText } from './speech-text.js';

/** Bytes of a Chinese file in some encoding, then damaged: cut, or with random bytes spliced in. */
const damagedBytes = fc
  .tuple(speechLikeText, fc.constantFrom('utf8', 'gb18030', 'big5', 'utf16le'), fc.uint8Array({ maxLength: 8 }), fc.nat())
  .map(([text, encoding, junk, at]) => {
    const encoded = iconv.encode(text, encoding);
    const cut = encoded.length === 0 ? 0 : at % encoded.length;
    return new Uint8Array(Buffer.concat([encoded.subarray(0, cut), junk, encoded.subarray(cut)]));
  });

const HTML_PIECES = ['<p>', '</p>', '<div class="nav">', '</div>', '<br>', '<script>var a = "<p>";</script>', '<style>p{}</style>', '&nbsp;', '&amp;', '&#x4E00;', '&bogus;', '<!-- 注释 -->', '<pre>', '</pre>', '<td>', '<span style="display:none">', '</span>', '<', '>'];
const MARKDOWN_PIECES = ['---\n', 'speaker: 张三\n', '# ', '## ', '\n', '\n\n', '- ', '1. ', '*', '**', '`', '<!-- 提示 -->', '    ', '> ', '[链接](http://x)', '|', '\\'];

const markup = (pieces: readonly string[]) =>
  fc.array(fc.oneof(fc.constantFrom(...pieces), speechLikeText), { maxLength: 20 }).map((parts) => parts.join(''));

/** normalize → parse → analyze on a source, checking every span and raw slice. */
function expectPipelineMapsBack(source: SourceDocument): void {
  expectSpansMapBack(analyzeSpeech(parseSpeech(normalizeDocument(source))), source.original);
}

describe('reading', () => {
  it('decodes any damaged bytes without throwing; warnings point into the text', () => {
    fc.assert(
      fc.property(damagedBytes, (bytes) => {
        const decoded = decodeText(bytes);
        expect(decodeText(bytes)).toEqual(decoded);
        for (const w of decoded.warnings) expect(w.span.end).toBeLessThanOrEqual(decoded.text.length);
      }),
    );
  });

  it('HTML: the pipeline on a page keeps raw slices', () => {
    fc.assert(
      fc.property(markup(HTML_PIECES), (html) => {
        const text = htmlToText(html);
        expectPipelineMapsBack({ path: '讲话.html', format: 'html', encoding: 'UTF-8', original: html, text });
      }),
    );
  });

  it('Markdown: the pipeline on a file keeps raw slices', () => {
    fc.assert(
      fc.property(markup(MARKDOWN_PIECES), (markdown) => {
        const { text } = markdownToText(markdown);
        expectPipelineMapsBack({ path: '草稿.md', format: 'md', encoding: 'UTF-8', original: markdown, text });
      }),
    );
  });
});
