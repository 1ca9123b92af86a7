import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, type DecodedText } from '../../src/io/decode-text.js';
import { LineIndex } from '../../src/text/line-index.js';

const corpus = (name: string): string => readFileSync(new URL(`../../corpus/${name}`, import.meta.url), 'utf8');
const SIMPLIFIED_SEEDS = ['000_abbf707b744d89e9.txt', '001_496adbc9182e7b34.txt', '003_e78e08f09b700b02.txt', '004_df05c4cd14513717.txt'];
const TRADITIONAL_SEED = '002_e3a15817498c2af4.txt';
const speech = corpus('004_df05c4cd14513717.txt');
const lines = speech.split('\n').filter((line) => line.trim() !== '');

/** Windows of `size` characters cut from the seeds' lines, at least half of them Han characters. */
function windows(text: string, size: number): string[] {
  return text.split('\n').flatMap((line) => {
    const out: string[] = [];
    for (let i = 0; i + size <= line.length; i += size) out.push(line.slice(i, i + size));
    return out.filter((w) => (w.match(/\p{Script=Han}/gu) ?? []).length >= size / 2);
  });
}

describe('decodeText: encodings a user does not name', () => {
  it('reads UTF-8 with and without a BOM, the BOM not part of the text', () => {
    expect(decodeText(Buffer.from(speech))).toEqual({ text: speech, encoding: 'UTF-8', warnings: [] });
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(speech)]);
    expect(decodeText(withBom)).toEqual({ text: speech, encoding: 'UTF-8', warnings: [] });
  });

  it.each(['UTF-16LE', 'UTF-16BE'])('reads %s with a BOM', (encoding) => {
    const bytes = iconv.encode(speech, encoding, { addBOM: true });
    expect(decodeText(bytes)).toEqual({ text: speech, encoding, warnings: [] });
  });

  it.each(['UTF-16LE', 'UTF-16BE'])('reads %s without a BOM, simplified and traditional', (encoding) => {
    for (const text of [speech, corpus(TRADITIONAL_SEED)]) {
      expect(decodeText(iconv.encode(text, encoding))).toEqual({ text, encoding, warnings: [] });
    }
  });

  it.each(SIMPLIFIED_SEEDS)('reads seed %s encoded in GB18030', (name) => {
    const text = corpus(name);
    expect(decodeText(iconv.encode(text, 'gb18030'))).toEqual({ text, encoding: 'GB18030', warnings: [] });
  });

  it('reads the traditional seed in Big5, and in GBK (traditional text saved on a mainland system)', () => {
    const text = corpus(TRADITIONAL_SEED);
    expect(decodeText(iconv.encode(text, 'big5'))).toEqual({ text, encoding: 'Big5', warnings: [] });
    expect(decodeText(iconv.encode(text, 'gbk'))).toEqual({ text, encoding: 'GB18030', warnings: [] });
  });

  it('reads a 30-character GBK file', () => {
    const text = lines.find((line) => line.length >= 30)!.slice(0, 30);
    expect(decodeText(iconv.encode(text, 'gbk'))).toMatchObject({ text, encoding: 'GB18030' });
  });

  it('tells short GBK that happens to be valid UTF-8 from short UTF-8 that is not Chinese', () => {
    const gbk = iconv.encode('委要牵头', 'gbk');
    expect(new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toBe('ίҪǣͷ');
    expect(decodeText(gbk)).toMatchObject({ text: '委要牵头', encoding: 'GB18030' });
    expect(decodeText(Buffer.from('Résumé café'))).toMatchObject({ text: 'Résumé café', encoding: 'UTF-8' });
  });

  it('reads every 10-character piece of the seeds right in UTF-8, GB18030 and Big5', () => {
    const wrong: string[] = [];
    for (const name of SIMPLIFIED_SEEDS) {
      for (const piece of windows(corpus(name), 10)) {
        for (const encoding of ['utf8', 'gb18030']) {
          if (decodeText(iconv.encode(piece, encoding)).text !== piece) wrong.push(`${encoding}: ${piece}`);
        }
      }
    }
    for (const piece of windows(corpus(TRADITIONAL_SEED), 10)) {
      if (decodeText(iconv.encode(piece, 'big5')).text !== piece) wrong.push(`big5: ${piece}`);
    }
    expect(wrong).toEqual([]);
  });

  it('reads every 15-character line of the seeds right in UTF-16 without a BOM', () => {
    const wrong = [...SIMPLIFIED_SEEDS, TRADITIONAL_SEED].flatMap((name) =>
      windows(corpus(name), 15).flatMap((piece) =>
        ['utf16le', 'utf16be']
          .filter((encoding) => decodeText(iconv.encode(`${piece}\n`, encoding)).text !== `${piece}\n`)
          .map((e) => `${e}: ${piece}`),
      ),
    );
    expect(wrong).toEqual([]);
  });
});

describe('decodeText: damaged text is read, with a warning at the damage', () => {
  const [first, second, third] = lines as [string, string, string];
  /** The one warning is `ruleId` and points at line:column of the decoded text. */
  const expectWarningAt = (decoded: DecodedText, ruleId: string, line: number, column: number): void => {
    expect(decoded.warnings).toHaveLength(1);
    expect(decoded.warnings[0]!.ruleId).toBe(ruleId);
    expect(new LineIndex(decoded.text).locate(decoded.warnings[0]!.span.start)).toEqual({ line, column });
  };

  it('invalid UTF-8: the stray byte becomes U+FFFD, the rest is UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from(`${first}\n${second.slice(0, 4)}`), Buffer.from([0xff]), Buffer.from(`${second.slice(4)}\n${third}\n`)]);
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe('UTF-8');
    expect(decoded.text).toBe(`${first}\n${second.slice(0, 4)}\uFFFD${second.slice(4)}\n${third}\n`);
    expectWarningAt(decoded, 'read/undecodable-bytes', 2, 5);
    expect(decoded.warnings[0]!.message).toMatch(/UTF-8.*损坏/);
  });

  it('truncated UTF-8: the text before the cut is kept, the cut character becomes U+FFFD', () => {
    const text = `${first}\n${second}\n${third}`;
    const bytes = Buffer.from(text);
    const decoded = decodeText(bytes.subarray(0, bytes.length - 1));
    expect(decoded.encoding).toBe('UTF-8');
    expect(decoded.text).toBe(`${text.slice(0, -1)}\uFFFD`);
    expectWarningAt(decoded, 'read/undecodable-bytes', 3, third.length);
  });

  it('GB18030 with one bad byte: one U+FFFD, everything else right', () => {
    const encode = (s: string) => iconv.encode(s, 'gb18030');
    const bytes = Buffer.concat([encode(`${first}\n${second.slice(0, 4)}`), Buffer.from([0xff]), encode(`${second.slice(4)}\n${third}\n`)]);
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe('GB18030');
    expect(decoded.text).toBe(`${first}\n${second.slice(0, 4)}\uFFFD${second.slice(4)}\n${third}\n`);
    expectWarningAt(decoded, 'read/undecodable-bytes', 2, 5);
  });

  it('UTF-16 with an odd number of bytes: the last byte is dropped, with a warning', () => {
    const bytes = iconv.encode(`${first}\n`, 'utf16le');
    const decoded = decodeText(Buffer.concat([bytes, Buffer.from([0x4e])]));
    expect(decoded).toMatchObject({ text: `${first}\n`, encoding: 'UTF-16LE' });
    expect(decoded.warnings.map((w) => w.ruleId)).toEqual(['read/odd-byte-count']);
  });

  it('a file with no Chinese in a legacy encoding is left to chardet, with a warning', () => {
    const text = 'Le discours du maire à la réunion annuelle du comité, présenté à Genève.\n';
    const decoded = decodeText(iconv.encode(text, 'latin1'));
    expect(decoded.text).toBe(text);
    expect(decoded.warnings.map((w) => w.ruleId)).toEqual(['read/unrecognized-encoding']);
  });
});

describe('decodeText: the charset a web page declares', () => {
  const page = lines.slice(0, 3).join('\n');

  it('is used when the bytes are not UTF-8', () => {
    expect(decodeText(iconv.encode(page, 'gbk'), { declared: 'gb2312' })).toMatchObject({ text: page, encoding: 'GB18030' });
    const traditional = corpus(TRADITIONAL_SEED).slice(0, 200);
    expect(decodeText(iconv.encode(traditional, 'big5'), { declared: 'BIG5' })).toMatchObject({ text: traditional, encoding: 'Big5' });
  });

  it('gives way to UTF-8 bytes (a browser re-saves a gb2312 page as UTF-8 and keeps its meta tag)', () => {
    expect(decodeText(Buffer.from(page), { declared: 'gb2312' })).toMatchObject({ text: page, encoding: 'UTF-8' });
  });

  it('is believed for an encoding outside the Chinese candidates only when the text does not read as Chinese', () => {
    expect(decodeText(iconv.encode(page, 'gbk'), { declared: 'iso-8859-1' })).toMatchObject({ text: page, encoding: 'GB18030' });
    const text = 'Réunion à Genève';
    expect(decodeText(iconv.encode(text, 'windows-1252'), { declared: 'windows-1252' })).toEqual({ text, encoding: 'windows-1252', warnings: [] });
  });
});

describe('decodeText on arbitrary bytes', () => {
  it('never throws, and its warnings point inside the text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const decoded = decodeText(bytes);
        for (const w of decoded.warnings) expect(w.span.end).toBeLessThanOrEqual(decoded.text.length);
      }),
      { numRuns: 500 },
    );
  });
});
