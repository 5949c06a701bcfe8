import type { SectionKey } from '../types';
import { matchMarker, sectionKeyOf } from './headings';

/** A section in `norm`/`repaired` coordinates; analyze() maps it to the original. */
export interface RawSection {
  level: number;
  ordinal: number;
  start: number;
  headingEnd: number;
  end: number;
  key: SectionKey | null;
  parent: number | null;
}

export interface NumberingSlip {
  start: number;
  end: number;
  level: number;
  ordinal: number;
  expected: number;
  kind: 'skip' | 'repeat' | 'backwards';
}

export interface Structure {
  sections: RawSection[];
  slips: NumberingSlip[];
  bodyStart: number;
  bodyEnd: number;
}

const SENTENCE_END = /[。;:!?！？」”)]/;
const MAX_HEADING = 48;

function lineBounds(norm: string, pos: number): [number, number] {
  const ls = norm.lastIndexOf('\n', pos - 1) + 1;
  let le = norm.indexOf('\n', pos);
  if (le < 0) le = norm.length;
  return [ls, le];
}

/** Row labels of flattened tables (「一、本年新收… |」) are cells, not headings; a whole paragraph run into one cell is still prose. */
function insideShortCell(norm: string, pos: number, ls: number, le: number): boolean {
  const line = norm.slice(ls, le);
  if (!line.includes('|')) return false;
  const before = norm.lastIndexOf('|', pos - 1);
  const cellStart = before >= ls ? before + 1 : ls;
  let cellEnd = norm.indexOf('|', pos);
  if (cellEnd < 0 || cellEnd > le) cellEnd = le;
  return cellEnd - cellStart < 200;
}

/** Where a heading's own words stop: a full stop, a colon, a run of spaces, or the line end. */
function headingEndAt(norm: string, textStart: number, lineEnd: number, atLineStart: boolean): number {
  const rest = norm.slice(textStart, lineEnd);
  if (atLineStart && rest.length <= MAX_HEADING && !/[。]/.test(rest.slice(0, -1)) && !/\s{1,}\S/.test(rest.trim())) {
    return textStart + rest.replace(/[\s。:]+$/, '').length;
  }
  let end = rest.length;
  // A run-in heading ends at a full stop, a space, or where the paragraph's 「2016年，…」 begins.
  const stop = /[。:]|\s+(?=\S)|(?<=\S{2})(?=(19|20)\d{2}年)|(?<=\S{2})(?=\([一二三四五六七八九十]{1,3}\))/.exec(rest);
  if (stop && stop.index >= 2) end = stop.index;
  if (end > MAX_HEADING) {
    const comma = /[,;]/.exec(rest);
    end = comma && comma.index >= 2 && comma.index <= MAX_HEADING ? comma.index : MAX_HEADING;
  }
  return textStart + end;
}

/**
 * Finds numbered headings in the order a reader meets them, at line starts and inside run-in
 * paragraphs (after a full stop and a space, or right after another heading). Numbering is
 * trusted only while it moves forward: a 「三、」 under 四 is a list item, not a section.
 */
export function detectStructure(norm: string): Structure {
  const candidates = new Set<number>();
  let bodyStart = -1;
  let bodyEnd = 0;
  for (let i = 0; i < norm.length; i++) {
    const ch = norm[i];
    if (ch !== '\n' && ch !== ' ' && ch !== '\t') {
      if (bodyStart < 0) bodyStart = i;
      bodyEnd = i + 1;
    }
  }
  if (bodyStart < 0) bodyStart = 0;

  const lineStartRe = /(^|\n)[ \t•·]*(?=\S)/g;
  for (let m = lineStartRe.exec(norm); m; m = lineStartRe.exec(norm)) {
    candidates.add(m.index + m[0].length);
    if (m[0].length === 0) lineStartRe.lastIndex++;
  }
  // Run-in headings: after a full stop and a space, or straight after a full stop when a 「二、」
  // follows (PDF text often loses the space).
  const inlineRe = /[。;:!?！？」”)][ \t\u00a0]+(?=[一二三四五六七八九十(\d])|。(?=[一二三四五六七八九十]{1,2}、)/g;
  for (let m = inlineRe.exec(norm); m; m = inlineRe.exec(norm)) candidates.add(m.index + m[0].length);

  const ordered = [...candidates].sort((a, b) => a - b);
  const sections: RawSection[] = [];
  const slips: NumberingSlip[] = [];
  /** Last accepted ordinal per level under the current parent chain. */
  const last = [0, 0, 0, 0, 0];
  const open: (number | null)[] = [null, null, null, null, null];

  const tryAt = (pos: number) => {
    const [ls, le] = lineBounds(norm, pos);
    if (insideShortCell(norm, pos, ls, le)) return null;
    const marker = matchMarker(norm.slice(pos, Math.min(le, pos + 80)));
    if (!marker) return null;
    const { level, ordinal } = marker;
    // A heading below level 1 needs its parent level to exist, except at the document's top.
    const expected = last[level] + 1;
    const atLineStart = norm.slice(ls, pos).trim().replace(/[•·]/g, '') === '';
    const textStart = pos + marker.markerLength;
    const headingEnd = headingEndAt(norm, textStart, le, atLineStart);
    // A list that starts over at (一) after prose under the same parent is a new list, not a slip.
    const restart = level >= 2 && ordinal === 1 && last[level] > 0;
    if (ordinal < expected && !restart) {
      if (level <= 2) slips.push({ start: pos, end: headingEnd, level, ordinal, expected, kind: ordinal === expected - 1 ? 'repeat' : 'backwards' });
      return null;
    }
    if (ordinal > expected) {
      // Big jumps are prose (「十、」 in a quotation), small ones are slips worth reporting.
      if (ordinal - expected > 2 || (level >= 3 && ordinal !== 1)) return null;
      if (level <= 2) slips.push({ start: pos, end: headingEnd, level, ordinal, expected, kind: 'skip' });
    }
    last[level] = ordinal;
    for (let l = level + 1; l < last.length; l++) {
      last[l] = 0;
      open[l] = null;
    }
    let parent: number | null = null;
    for (let l = level - 1; l >= 1; l--) if (open[l] !== null) { parent = open[l]; break; }
    const headingNorm = norm.slice(textStart, headingEnd);
    sections.push({ level, ordinal, start: pos, headingEnd, end: bodyEnd, key: level <= 2 ? sectionKeyOf(headingNorm) : null, parent });
    open[level] = sections.length - 1;
    return headingEnd;
  };

  let after = -1;
  for (const pos of ordered) {
    if (pos < after) continue;
    const end = tryAt(pos);
    if (end === null) continue;
    after = end;
    // A heading run into the next one: 「二、主动公开情况 (一)常态化」.
    let next = end;
    while (next < norm.length && (norm[next] === ' ' || norm[next] === '\t')) next++;
    if (next < norm.length && norm[next] !== '\n') {
      const nested = tryAt(next);
      if (nested !== null) after = nested;
    }
  }

  for (let i = 0; i < sections.length; i++) {
    const s = sections[i];
    for (let j = i + 1; j < sections.length; j++) {
      if (sections[j].level <= s.level) {
        s.end = sections[j].start;
        break;
      }
    }
  }
  return { sections, slips, bodyStart, bodyEnd };
}
