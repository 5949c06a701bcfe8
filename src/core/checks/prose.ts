import type { EvalContext } from '../rules/context';

/** Calls `visit` for each match of `re` in the body that is not inside a table. */
export function eachProseMatch(ctx: EvalContext, re: RegExp, visit: (m: RegExpExecArray, at: number) => void): void {
  const text = ctx.view.norm;
  const r = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  r.lastIndex = ctx.bodyStart;
  for (let m = r.exec(text); m && m.index < ctx.bodyEnd; m = r.exec(text)) {
    const at = m.index;
    if (!ctx.tableRanges.some(([s, e]) => at >= s && at < e)) visit(m, at);
    if (m[0].length === 0) r.lastIndex++;
  }
}

export const COUNT_UNIT = '(?:人次|件|条|项|起|个|次|份|篇|人|宗|例)';
