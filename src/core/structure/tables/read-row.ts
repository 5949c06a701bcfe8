import { readCell, type Token } from '../tokens';

export interface RawCell {
  value: number | null;
  /** Why the value is null or suspect: missing from the source, blank, or not a number. */
  problem: 'missing' | 'blank' | 'invalid' | null;
  raw: string;
  start: number;
  end: number;
}

export interface ReadRow {
  cells: RawCell[];
  next: number;
}

/**
 * Reads the values that follow a row label: numbers and blank cells up to the next label.
 * Blank cells that pad a row (colspan leftovers) are dropped at both ends; the row is then cut
 * or padded to `width`, padding marked missing.
 */
export function readRow(tokens: Token[], labelIndex: number, width: number): ReadRow {
  const raw: RawCell[] = [];
  let j = labelIndex + 1;
  for (; j < tokens.length && raw.length < width * 3; j++) {
    const reading = readCell(tokens[j].text);
    if (!reading) break;
    const t = tokens[j];
    if (reading.kind === 'number') raw.push({ value: reading.value, problem: null, raw: t.text, start: t.start, end: t.end });
    else raw.push({ value: null, problem: reading.kind === 'blank' ? 'blank' : 'invalid', raw: t.text, start: t.start, end: t.end });
    if (!tokens[j].cell) {
      j++;
      break;
    }
  }
  let lo = 0;
  let hi = raw.length;
  while (lo < hi && raw[lo].problem === 'blank') lo++;
  while (hi > lo && raw[hi - 1].problem === 'blank') hi--;
  const cells = raw.slice(lo, hi).slice(0, width);
  const anchor = tokens[labelIndex];
  while (cells.length < width) cells.push({ value: null, problem: 'missing', raw: '', start: anchor.end, end: anchor.end });
  return { cells, next: j };
}

/** Index of the first token at or after `from` (and before `limit`) whose label matches. */
export function findLabel(tokens: Token[], re: RegExp, from: number, limit = tokens.length): number {
  for (let i = from; i < Math.min(limit, tokens.length); i++) if (re.test(tokens[i].text)) return i;
  return -1;
}
