import type { EvalContext } from '../rules/context';
import type { CheckResult } from '../types';
import { COUNT_UNIT } from './prose';
import { finding, passed, spanEvidence } from './result';

interface Figure {
  value: number;
  unit: string;
  start: number;
  end: number;
}

const FIGURE = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(${COUNT_UNIT.slice(3, -1)}|万元|元)(?![\\d%])`, 'g');
const PERCENT = /(\d+(?:\.\d+)?)%/g;

function figuresIn(norm: string, from: number, to: number): Figure[] {
  const out: Figure[] = [];
  const text = norm.slice(from, to);
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) {
    // 「2021年」 and 「12月」 are dates, not counts; the unit list excludes them.
    out.push({ value: Number(m[1]), unit: m[2], start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}

function percentSum(norm: string, from: number, to: number): number {
  let sum = 0;
  PERCENT.lastIndex = 0;
  const text = norm.slice(from, to);
  for (let m = PERCENT.exec(text); m; m = PERCENT.exec(text)) sum += Number(m[1]);
  return sum;
}

function sentenceBounds(norm: string, pos: number, lo: number, hi: number): [number, number] {
  let s = pos;
  while (s > lo && !/[。!?\n]/.test(norm[s - 1])) s--;
  let e = pos;
  while (e < hi && !/[。!?\n]/.test(norm[e])) e++;
  return [s, e];
}

interface Breakdown {
  total: Figure;
  parts: Figure[];
  /** 「N件申请中，…」 lists outcomes exhaustively; 「其中…」 may name only some. */
  exhaustive: boolean;
  end: number;
}

function breakdowns(ctx: EvalContext): Breakdown[] {
  const norm = ctx.view.norm;
  const out: Breakdown[] = [];
  const inTable = (p: number) => ctx.tableRanges.some(([s, e]) => p >= s && p < e);
  const markers = /其中[,:]?|(\d+)\s*(件|条|项|起)[^。,;\d]{0,8}中,/g;
  markers.lastIndex = ctx.bodyStart;
  for (let m = markers.exec(norm); m && m.index < ctx.bodyEnd; m = markers.exec(norm)) {
    if (inTable(m.index)) continue;
    const [sStart, sEnd] = sentenceBounds(norm, m.index, ctx.bodyStart, ctx.bodyEnd);
    const listStart = m.index + m[0].length;
    const parts = figuresIn(norm, listStart, sEnd);
    let total: Figure | undefined;
    let exhaustive = false;
    if (m[1]) {
      total = { value: Number(m[1]), unit: m[2], start: m.index, end: m.index + m[1].length + m[2].length };
      exhaustive = true;
    } else {
      total = figuresIn(norm, sStart, m.index).pop();
      if (!total && sStart > ctx.bodyStart) {
        const [pStart] = sentenceBounds(norm, sStart - 1, ctx.bodyStart, ctx.bodyEnd);
        total = figuresIn(norm, pStart, sStart).pop();
      }
    }
    if (!total || parts.length < 2) continue;
    if (parts.some((p) => p.unit !== total!.unit)) continue;
    // Overlapping shares (80% + 84% + 48%) describe different dimensions, not a partition.
    if (percentSum(norm, listStart, sEnd) > 100.5) continue;
    out.push({ total, parts, exhaustive, end: sEnd });
  }
  return out;
}

export function textSums(ctx: EvalContext): CheckResult[] {
  const out: CheckResult[] = [];
  const found = breakdowns(ctx);
  for (const b of found) {
    const sum = b.parts.reduce((acc, p) => acc + p.value, 0);
    if (Math.abs(sum - b.total.value) < 1e-9) continue;
    if (!b.exhaustive && sum < b.total.value && b.parts.length < 3) continue;
    const expr = b.parts.map((p) => p.value).join(' + ');
    out.push(
      finding(
        'TXT-SUM',
        'warning',
        `正文列举的分项 ${expr} = ${sum}${b.total.unit}，与所述总数${b.total.value}${b.total.unit}不符`,
        [],
        [spanEvidence(ctx, b.total.start, b.end)],
      ),
    );
  }
  if (out.length) return out;
  return [passed('TXT-SUM', 'warning', found.length ? `正文中${found.length}处分项合计均与总数一致` : '正文中未发现分项合计')];
}
