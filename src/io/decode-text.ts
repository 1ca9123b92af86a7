import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface DecodedText {
  readonly text: string;
  readonly encoding: string;
}

/** Encodings we decode, by the name chardet gives them; GB2312/GBK are subsets of GB18030. */
const DECODER_FOR: Record<string, string> = {
  'UTF-8': 'utf8',
  'UTF-16LE': 'utf16le',
  'UTF-16BE': 'utf16be',
  GB18030: 'gb18030',
  GBK: 'gb18030',
  GB2312: 'gb18030',
  Big5: 'big5',
};

/**
 * Decodes a text file without being told its encoding: a BOM decides; else valid UTF-8 is UTF-8;
 * else chardet's best Chinese guess (GB18030 or Big5).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: buf.toString('utf8', 3), encoding: 'UTF-8' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), 'utf16le'), encoding: 'UTF-16LE' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf.subarray(2), 'utf16be'), encoding: 'UTF-16BE' };
  if (isValidUtf8(buf)) return { text: buf.toString('utf8'), encoding: 'UTF-8' };
  const guess = chardet.analyse(buf).find((c) => DECODER_FOR[c.name] && c.name !== 'UTF-8');
  const encoding = guess?.name === 'Big5' ? 'Big5' : guess?.name.startsWith('UTF-16') ? guess.name : 'GB18030';
  return { text: iconv.decode(buf, DECODER_FOR[encoding]!), encoding };
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

function isValidUtf8(buf: Buffer): boolean {
  try {
    utf8Decoder.decode(buf);
    return true;
  } catch {
    return false;
  }
}
