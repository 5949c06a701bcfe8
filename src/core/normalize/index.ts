import type { Span } from '../types';
import { findBoilerplate } from './boilerplate';
import { damageRanges, halfWidthAlnum, halfWidthPunct } from './repair';
import { toSimplifiedSameLength } from './script';
import type { TextView } from './text-view';

export interface Normalized {
  view: TextView;
  /** Header and footer furniture, in `original` offsets. */
  boilerplate: Span[];
  /** `repaired` before boilerplate was blanked: metadata lives in page headers. */
  unmaskedRepaired: string;
  unmaskedNorm: string;
}

function blank(text: string, ranges: [number, number][]): string {
  if (ranges.length === 0) return text;
  let out = '';
  let pos = 0;
  for (const [s, e] of ranges) {
    out += text.slice(pos, s) + text.slice(s, e).replace(/[^\n]/g, ' ');
    pos = e;
  }
  return out + text.slice(pos);
}

export function normalize(original: string): Normalized {
  const damage = damageRanges(original);
  const map = new Int32Array(original.length + 1);
  let repaired = '';
  let n = 0;
  let cursor = 0;
  const keep = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      repaired += halfWidthAlnum(original[i]);
      map[n++] = i;
    }
  };
  for (const [s, e] of damage) {
    keep(cursor, s);
    cursor = e;
  }
  keep(cursor, original.length);
  map[n] = original.length;
  const trimmedMap = map.slice(0, n + 1);

  let norm = toSimplifiedSameLength(repaired);
  norm = norm.replace(/[（），：；．　％－｜／〔〕]/g, halfWidthPunct);

  const furniture = findBoilerplate(norm);
  const view: TextView = {
    original,
    repaired: blank(repaired, furniture),
    norm: blank(norm, furniture),
    map: trimmedMap,
  };
  const boilerplate = furniture.map(([s, e]) => ({ start: trimmedMap[s], end: trimmedMap[Math.max(s, e - 1)] + 1 }));
  return { view, boilerplate, unmaskedRepaired: repaired, unmaskedNorm: norm };
}
