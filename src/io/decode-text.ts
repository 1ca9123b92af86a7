import { createRequire } from 'node:module';
import type { Diagnostic } from '../model.js';
import { scoreChineseText } from './score-chinese-text.js';

export interface DecodedText {
  readonly text: string;
  /** 'UTF-8', 'GB18030', 'Big5', 'UTF-16LE', 'UTF-16BE', or what chardet named for a non-Chinese file. */
  readonly encoding: string;
  /** Decoding problems that did not stop it (bytes replaced by �, a guessed encoding), spans into `text`. */
  readonly warnings: readonly Diagnostic[];
}

export interface DecodeOptions {
  /** An encoding the file declares (an HTML <meta charset>), preferred when the bytes allow it. */
  readonly declared?: string;
}

/**
 * The decoding packages, loaded on first use: a UTF-8 file (the common case) needs neither, and
 * they are a good part of the start-up time of a command run on one speech.
 */
const load = createRequire(import.meta.url);
let iconvLite: typeof import('iconv-lite') | undefined;
let chardetModule: typeof import('chardet') | undefined;
const iconv = (): typeof import('iconv-lite') => (iconvLite ??= load('iconv-lite') as typeof import('iconv-lite'));
const chardet = (): typeof import('chardet') => (chardetModule ??= load('chardet') as typeof import('chardet'));

interface Encoding {
  readonly name: string;
  readonly codec: string;
}

/** Encodings a Chinese speech comes in, in the order that wins a tie (GB18030 is the common case). */
const CANDIDATES: readonly Encoding[] = [
  { name: 'UTF-8', codec: 'utf8' },
  { name: 'GB18030', codec: 'gb18030' }, // a superset of GB2312 and GBK
  { name: 'Big5', codec: 'big5' },
  { name: 'UTF-16LE', codec: 'utf16le' },
  { name: 'UTF-16BE', codec: 'utf16be' },
];

/** Labels that mean one of the candidates (HTML pages say gb2312 and gbk for GB18030 text). */
const LABEL_TO_CANDIDATE: Readonly<Record<string, string>> = {
  'utf-8': 'UTF-8', utf8: 'UTF-8', gb2312: 'GB18030', gbk: 'GB18030', 'x-gbk': 'GB18030', gb18030: 'GB18030',
  big5: 'Big5', 'big5-hkscs': 'Big5', 'x-x-big5': 'Big5', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE',
};

/** Bytes scored to choose an encoding: enough for any speech, bounded for a 50 MB file. */
const SAMPLE_BYTES = 256 * 1024;

/**
 * Past this many bytes from the first non-ASCII one, valid UTF-8 is UTF-8. GBK text forms valid
 * UTF-8 by chance only when very short (委要牵头 in GBK is CE AF D2 AA C7 A3 CD B7, "ίҪǣͷ" in
 * UTF-8), so a shorter one stays UTF-8 unless it reads as junk.
 */
const CONCLUSIVE_UTF8_BYTES = 64;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeStrictUtf8(buf: Buffer): string | undefined {
  try {
    return strictUtf8.decode(buf);
  } catch {
    return undefined; // not UTF-8, or damaged UTF-8: the candidates decide
  }
}

/**
 * Decodes a text file without being told its encoding: a BOM decides; else valid UTF-8 without NUL
 * bytes is UTF-8 (unless too short to be sure); else each candidate decodes a sample and the one
 * that reads most like Chinese wins (see scoreChineseText), which also catches damaged UTF-8 and
 * UTF-16 without a BOM. Bytes that do not decode become U+FFFD and a warning, never a failure.
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return decodeAs(buf.subarray(3), CANDIDATES[0]!);
  if (buf[0] === 0xff && buf[1] === 0xfe) return decodeAs(buf.subarray(2), CANDIDATES[3]!);
  if (buf[0] === 0xfe && buf[1] === 0xff) return decodeAs(buf.subarray(2), CANDIDATES[4]!);
  const hasNul = buf.indexOf(0) >= 0;
  const utf8 = hasNul ? undefined : decodeStrictUtf8(buf);
  const sample = detectionSample(buf);
  if (utf8 !== undefined && (sample.length >= CONCLUSIVE_UTF8_BYTES || scoreChineseText(utf8) >= 0)) {
    return { text: utf8, encoding: 'UTF-8', warnings: [] };
  }
  const declared = options.declared?.toLowerCase();
  const preferred = utf8 !== undefined ? 'UTF-8' : declared === undefined ? undefined : LABEL_TO_CANDIDATE[declared];
  const { encoding, score } = bestCandidate(sample, preferred, hasNul);
  if (score > 0 || utf8 !== undefined || hasNul) return decodeAs(buf, encoding);
  // Nothing reads as Chinese: a declared encoding decides (old Chinese sites also declare
  // iso-8859-1 for GBK pages, hence only now), else chardet names one (a Latin or Japanese file).
  if (declared !== undefined && iconv().encodingExists(declared)) return decodeAs(buf, { name: declared, codec: declared });
  const guess = chardet().detect(sample);
  if (!guess || !iconv().encodingExists(guess)) return decodeAs(buf, encoding);
  const decoded = decodeAs(buf, { name: guess, codec: guess });
  const message = `未识别出中文内容，已按 ${guess} 解码；如有乱码，请把文件另存为 UTF-8 后再试`;
  return { ...decoded, warnings: [...decoded.warnings, warning('read/unrecognized-encoding', message, 0)] };
}

/**
 * The candidate whose decoding of the sample reads most like Chinese (ties go to `preferred`, then
 * to the order). UTF-16 without a BOM is considered only when there are zero bytes (the high byte of
 * every ASCII character, line breaks included): pairs of Latin letters read as UTF-16 are Han characters.
 */
function bestCandidate(sample: Buffer, preferred: string | undefined, hasNul: boolean): { encoding: Encoding; score: number } {
  const order = [...CANDIDATES].sort((a, b) => Number(b.name === preferred) - Number(a.name === preferred));
  let best = { encoding: order[0]!, score: -Infinity };
  for (const encoding of order) {
    if (!hasNul && encoding.codec.startsWith('utf16')) continue;
    const score = scoreChineseText(iconv().decode(sample, encoding.codec));
    if (score > best.score) best = { encoding, score };
  }
  return best;
}

/** Up to SAMPLE_BYTES from the first byte that is not ASCII, on an even offset for UTF-16. */
function detectionSample(buf: Buffer): Buffer {
  let start = 0;
  while (start < buf.length && buf[start]! > 0 && buf[start]! < 0x80) start++;
  start -= start % 2;
  return buf.subarray(start, start + SAMPLE_BYTES);
}

function decodeAs(buf: Buffer, encoding: Encoding): DecodedText {
  const text = iconv().decode(buf, encoding.codec);
  const warnings: Diagnostic[] = [];
  const bad = countReplacements(text);
  if (bad.count > 0) {
    const where = bad.count > 1 ? `（共 ${bad.count} 处，这是第一处）` : '';
    const message = `此处有字节不是有效的 ${encoding.name} 编码，已替换为“\uFFFD”${where}；文件可能已损坏或被截断`;
    warnings.push(warning('read/undecodable-bytes', message, bad.first, bad.first + 1));
  }
  if (encoding.codec.startsWith('utf16') && buf.length % 2 === 1) {
    const message = `文件长度为奇数字节，不是完整的 ${encoding.name} 文本，末尾 1 个字节已忽略；文件可能被截断`;
    warnings.push(warning('read/odd-byte-count', message, text.length));
  }
  return { text, encoding: encoding.name, warnings };
}

function countReplacements(text: string): { count: number; first: number } {
  let count = 0;
  let first = -1;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) {
    if (first < 0) first = i;
    count++;
  }
  return { count, first };
}

function warning(ruleId: string, message: string, start: number, end = start): Diagnostic {
  return { ruleId, severity: 'warning', message, span: { start, end } };
}
