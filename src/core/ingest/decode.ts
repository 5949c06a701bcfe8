import chardet from 'chardet';
import iconv from 'iconv-lite';
import { AnalysisError } from '../errors';

export interface DecodedText {
  text: string;
  encoding: string;
}

const CANDIDATES = ['gb18030', 'big5'] as const;

/** Characters that occur in almost every report, in either script; used to choose between CJK decodings. */
const COMMON = new Set(Array.from('的政府信息公开開年度报報告工作情况況申请請局市省县縣区區人民和社会會保障主动動依'));

function bom(bytes: Uint8Array): DecodedText | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  return null;
}

function strictUtf8(bytes: Uint8Array): string | null {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    return decoder.decode(bytes);
  } catch {
    // A file cut off in the middle of a character (a truncated download) is still UTF-8.
    for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
      if ((bytes[bytes.length - cut] & 0xc0) !== 0xc0) continue;
      try {
        return decoder.decode(bytes.subarray(0, bytes.length - cut));
      } catch {
        return null;
      }
    }
    return null;
  }
}

/** UTF-16 without a BOM shows itself by NUL bytes on every other position for ASCII/CJK mixes. */
function utf16WithoutBom(bytes: Uint8Array): DecodedText | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.2 && evenZero < pairs * 0.02) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (evenZero > pairs * 0.2 && oddZero < pairs * 0.02) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  return null;
}

function score(text: string): number {
  let common = 0;
  let bad = 0;
  for (const ch of text) {
    if (COMMON.has(ch)) common++;
    else if (ch === '\uFFFD' || (ch >= '\uE000' && ch <= '\uF8FF')) bad++;
  }
  return common - bad * 5;
}

function normaliseLabel(name: string): string | null {
  const n = name.toLowerCase();
  if (n === 'gb18030' || n === 'gbk' || n === 'gb2312' || n === 'gb_2312-80' || n === 'euc-cn') return 'gb18030';
  if (n === 'big5' || n === 'big5-hkscs' || n === 'x-euc-tw') return 'big5';
  if (n === 'utf-8') return 'utf-8';
  if (n === 'utf-16le' || n === 'utf-16be') return n;
  return null;
}

function isBinary(text: string): boolean {
  let control = 0;
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0 || (c < 9) || (c > 13 && c < 32)) control++;
  }
  return control > sample.length * 0.01;
}

/**
 * Decodes a text file whatever its encoding: BOM first, then strict UTF-8, then the detector's
 * Chinese candidates scored on characters every report contains (the detector alone confuses
 * Big5 with GB18030 on short files).
 */
export function decodeText(bytes: Uint8Array, fileName: string, declared?: string | null): DecodedText {
  const withBom = bom(bytes);
  if (withBom) return finish(withBom, fileName);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return finish(utf16, fileName);
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return finish({ text: utf8, encoding: 'utf-8' }, fileName);

  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const candidates = new Set<string>();
  const declaredLabel = declared ? normaliseLabel(declared) : null;
  if (declaredLabel && declaredLabel !== 'utf-8') candidates.add(declaredLabel);
  for (const guess of chardet.analyse(buf.subarray(0, 65536)).slice(0, 4)) {
    const label = normaliseLabel(guess.name);
    if (label && label !== 'utf-8') candidates.add(label);
  }
  for (const c of CANDIDATES) candidates.add(c);

  let best: DecodedText | null = null;
  let bestScore = -Infinity;
  for (const encoding of candidates) {
    if (!iconv.encodingExists(encoding)) continue;
    const text = iconv.decode(buf, encoding);
    const s = score(text.length > 40000 ? text.slice(0, 40000) : text);
    if (s > bestScore) {
      best = { text, encoding };
      bestScore = s;
    }
  }
  if (!best) throw new AnalysisError('UNDECODABLE_TEXT', `${fileName}: the text encoding could not be recognised.`);
  return finish(best, fileName);
}

function finish(decoded: DecodedText, fileName: string): DecodedText {
  if (isBinary(decoded.text)) {
    throw new AnalysisError('BINARY_FILE', `${fileName}: the file holds binary data, not text.`);
  }
  return { text: decoded.text.replace(/\r\n?/g, '\n'), encoding: decoded.encoding };
}
