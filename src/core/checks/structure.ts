import { chineseNumber } from '../structure/headings';
import type { EvalContext } from '../rules/context';
import type { CheckResult } from '../types';
import { finding, passed, spanEvidence } from './result';

const DECLARATION = /(?:本报告|本年度报告|报告|全文)(?:由|包括|分为|包含|主要包括)([^。]{4,400}?)(?:等)?(?:([一二三四五六七八九十\d]{1,2})个?(?:部分|方面|章节))?(?:内容)?(?:组成|构成)?。/;

function overlap(a: string, b: string): number {
  const setB = new Set(b);
  const chars = Array.from(a).filter((c) => /[\u4e00-\u9fff]/.test(c) && !'情况政府信息公开的和及与等'.includes(c));
  if (chars.length === 0) return 0;
  return chars.filter((c) => setB.has(c)).length / chars.length;
}

function declaredParts(ctx: EvalContext): CheckResult[] {
  const firstSection = ctx.sections.find((s) => s.level === 1);
  const limit = firstSection ? firstSection.start : Math.min(ctx.bodyEnd, ctx.bodyStart + 1500);
  const intro = ctx.view.norm.slice(ctx.bodyStart, limit);
  const m = DECLARATION.exec(intro);
  if (!m) return [];
  const list = m[1].replace(/等$/, '');
  const parts = list.split(/[,;]/).map((p) => p.trim()).filter(Boolean);
  const stated = m[2] ? (/\d/.test(m[2]) ? Number(m[2]) : chineseNumber(m[2])) : parts.length;
  if (parts.length < 3 && !m[2]) return [];
  const headings = ctx.sections.filter((s) => s.level === 1).map((s) => ctx.view.norm.slice(s.start, s.headingEnd));
  const at = ctx.bodyStart + m.index;
  const unmatched = parts.filter((p) => !headings.some((h) => overlap(p, h) >= 0.5));
  if (stated === headings.length) {
    return [passed('STRUCT-DECLARED', 'warning', `开篇称报告由${stated}部分组成，正文有${headings.length}个一级标题`)];
  }
  const missingNote = unmatched.length ? `；未见对应章节：${unmatched.slice(0, 4).join('、')}` : '';
  return [
    finding('STRUCT-DECLARED', 'warning', `开篇称报告由${stated}部分组成，正文只有${headings.length}个一级标题${missingNote}`, [], [spanEvidence(ctx, at, at + m[0].length)]),
  ];
}

function numbering(ctx: EvalContext): CheckResult[] {
  const out = ctx.slips.map((slip) => {
    const kind = slip.kind === 'skip' ? '跳号' : slip.kind === 'repeat' ? '重复' : '倒序';
    const label = slip.level === 1 ? '一级标题' : '二级标题';
    const text = ctx.view.norm.slice(slip.start, slip.end);
    return finding('STRUCT-NUMBERING', 'info', `${label}编号${kind}：“${text.slice(0, 24)}”出现在应为第${slip.expected}项的位置，未作为新章节处理`, [], [spanEvidence(ctx, slip.start, slip.end)]);
  });
  return out.length ? out : [passed('STRUCT-NUMBERING', 'info', '标题编号连续')];
}

function title(ctx: EvalContext): CheckResult[] {
  const t = ctx.meta.title;
  if (!t) return [finding('DOC-TITLE', 'warning', '未找到报告标题')];
  const ev = ctx.titleSpan ? [spanEvidence(ctx, ctx.titleSpan[0], ctx.titleSpan[1])] : [];
  const norm = ctx.titleSpan ? ctx.view.norm.slice(ctx.titleSpan[0], ctx.titleSpan[1]) : t;
  const problems: string[] = [];
  if (!/年度?.{0,6}报告|年报/.test(norm)) problems.push(/总结/.test(norm) ? '标题为“工作总结”，不是政府信息公开工作年度报告' : '标题不是年度报告标题');
  if (!/(19|20)\d{2}\s*年/.test(norm)) problems.push('标题未写明年度');
  if (problems.length) return [finding('DOC-TITLE', 'warning', problems.join('；'), [], ev)];
  return [passed('DOC-TITLE', 'warning', '标题为年度报告标题并写明年度')];
}

const PERIOD = /统计期限|统计期间|统计时限|1月1日(?:起)?至(?:(?:19|20)\d{2}年)?12月31日|1月1日-(?:(?:19|20)\d{2}年)?12月31日/;

function period(ctx: EvalContext): CheckResult[] {
  if (ctx.meta.regime !== '2019') return [];
  const text = ctx.view.norm.slice(ctx.bodyStart, ctx.bodyEnd);
  const m = PERIOD.exec(text);
  if (m) return [passed('DOC-PERIOD', 'info', '报告载明了统计期限')];
  return [finding('DOC-PERIOD', 'info', '报告未载明数据的统计期限（1月1日至12月31日）')];
}

export function structureChecks(ctx: EvalContext): CheckResult[] {
  return [...title(ctx), ...declaredParts(ctx), ...numbering(ctx), ...period(ctx)];
}
