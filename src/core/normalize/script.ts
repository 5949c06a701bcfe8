import * as OpenCC from 'opencc-js';
import type { Script } from '../types';

const toSimplifiedConverter = OpenCC.Converter({ from: 'tw', to: 'cn' });
const toTraditionalConverter = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toSimplifiedCache = new Map<string, string>();
const toTraditionalCache = new Map<string, string>();

function isCjk(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

function convertChar(ch: string, cache: Map<string, string>, convert: (s: string) => string): string {
  let out = cache.get(ch);
  if (out === undefined) {
    const converted = convert(ch);
    // Character-level conversion keeps offsets stable; a converter answer of another length is ignored.
    out = converted.length === ch.length ? converted : ch;
    cache.set(ch, out);
  }
  return out;
}

/** Traditional → Simplified one character at a time, so every index of the result matches the input. */
export function toSimplifiedSameLength(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += isCjk(code) ? convertChar(text[i], toSimplifiedCache, toSimplifiedConverter) : text[i];
  }
  return out;
}

/** Character-by-character conversion either way: same length, so offsets and highlights stay put. */
export function convertSameLength(text: string, to: 'simplified' | 'traditional'): string {
  if (to === 'simplified') return toSimplifiedSameLength(text);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += isCjk(code) ? convertChar(text[i], toTraditionalCache, toTraditionalConverter) : text[i];
  }
  return out;
}

/** Whole-text conversion with OpenCC's phrase tables, for memos and search queries. */
export function convertScript(text: string, to: 'simplified' | 'traditional'): string {
  return to === 'simplified' ? toSimplifiedConverter(text) : toTraditionalConverter(text);
}

/**
 * Characters that convert under Simplified→Traditional yet are normal in Traditional texts too
 * (后/後, 范/範, 台/臺 …); they say nothing about the script.
 */
const AMBIGUOUS = new Set(Array.from('后范台里干并面只系余制准卷才冲向周家志松凶征游岳症致注采'));

export function detectScript(text: string): Script {
  let traditional = 0;
  let simplified = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isCjk(code)) continue;
    const ch = text[i];
    if (convertChar(ch, toSimplifiedCache, toSimplifiedConverter) !== ch) traditional++;
    else if (!AMBIGUOUS.has(ch) && convertChar(ch, toTraditionalCache, toTraditionalConverter) !== ch) simplified++;
  }
  const total = traditional + simplified;
  if (total === 0) return 'simplified';
  const share = traditional / total;
  if (share >= 0.8) return 'traditional';
  if (share <= 0.2) return 'simplified';
  return 'mixed';
}
