import { evidenceAt } from '../normalize/text-view';
import type { Evidence, ItemResult, ItemStatus } from '../types';
import type { ChecklistItem, ItemRule } from './checklist';
import { checklistFor } from './checklist';
import type { EvalContext } from './context';

type ContentRule = Extract<ItemRule, { kind: 'content' }>;
type SectionRule = Extract<ItemRule, { kind: 'section' }>;

const regexCache = new Map<string, RegExp>();
function re(source: string): RegExp {
  let r = regexCache.get(source);
  if (!r) {
    r = new RegExp(source, 'g');
    regexCache.set(source, r);
  }
  r.lastIndex = 0;
  return r;
}

interface Scope {
  ranges: [number, number][];
  fromSections: boolean;
}

function sectionsWith(ctx: EvalContext, keys: readonly string[]) {
  return ctx.sections.filter((s) => s.key !== null && keys.includes(s.key));
}

/** The keyed sections (nested duplicates collapsed), or the whole body when none exists. */
function scopeOf(ctx: EvalContext, keys: readonly string[]): Scope {
  const secs = sectionsWith(ctx, keys).sort((a, b) => a.start - b.start);
  const ranges: [number, number][] = [];
  for (const s of secs) {
    const last = ranges[ranges.length - 1];
    if (last && s.start < last[1]) last[1] = Math.max(last[1], s.end);
    else ranges.push([s.start, s.end]);
  }
  if (ranges.length) return { ranges, fromSections: true };
  // The preamble only lists the parts (「全文包括…复议、诉讼…情况」); substance is in the sections.
  const firstTop = ctx.sections.find((s) => s.level === 1);
  return { ranges: [[firstTop ? firstTop.start : ctx.bodyStart, ctx.bodyEnd]], fromSections: false };
}

function insideTable(ctx: EvalContext, pos: number): boolean {
  return ctx.tableRanges.some(([s, e]) => pos >= s && pos < e);
}

/** First match of any pattern inside the scope, as a sentence-wide span. */
function findAny(ctx: EvalContext, scope: Scope, patterns: readonly string[]): [number, number] | null {
  for (const [s, e] of scope.ranges) {
    const text = ctx.view.norm.slice(s, e);
    for (const p of patterns) {
      const r = re(p);
      for (let m = r.exec(text); m; m = r.exec(text)) {
        const at = s + m.index;
        if (!insideTable(ctx, at)) return sentenceAround(ctx.view.norm, at, at + m[0].length, s, e);
        if (m[0].length === 0) r.lastIndex++;
      }
    }
  }
  return null;
}

function sentenceAround(norm: string, start: number, end: number, lo: number, hi: number): [number, number] {
  let s = start;
  while (s > lo && !/[。;\n!?]/.test(norm[s - 1]) && start - s < 60) s--;
  let e = end;
  while (e < hi && !/[。;\n!?]/.test(norm[e]) && e - end < 80) e++;
  if (e < hi && norm[e] === '。') e++;
  while (s < e && /\s/.test(norm[s])) s++;
  return [s, e];
}

function headingEvidence(ctx: EvalContext, keys: readonly string[]): Evidence[] {
  return sectionsWith(ctx, keys)
    .slice(0, 3)
    .map((s) => evidenceAt(ctx.view, s.start, s.headingEnd));
}

function result(id: string, status: ItemStatus, confidence: number, reason: string, evidence: Evidence[]): ItemResult {
  const seen = new Set<string>();
  const unique = evidence.filter((e) => {
    const k = `${e.start}:${e.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return { id, status, confidence, reason, evidence: unique };
}

function evaluateContent(item: ChecklistItem, rule: ContentRule, ctx: EvalContext): ItemResult {
  const scope = scopeOf(ctx, rule.sections);
  const headings = headingEvidence(ctx, rule.sections);
  const evidence: Evidence[] = [...headings];
  const none = rule.none ? findAny(ctx, scope, rule.none) : null;
  const hasRequiredSection = rule.requireSection ? sectionsWith(ctx, [rule.requireSection]).length > 0 : true;

  const found: string[] = [];
  const missing: string[] = [];
  for (const g of rule.groups) {
    const hit = findAny(ctx, scope, g.any);
    if (hit) {
      found.push(g.name);
      evidence.push(evidenceAt(ctx.view, hit[0], hit[1]));
    } else missing.push(g.name);
  }
  const where = scope.fromSections ? '专门章节' : '正文';
  if (missing.length > 0 && none) {
    evidence.push(evidenceAt(ctx.view, none[0], none[1]));
    return result(item.id, 'present', scope.fromSections ? 0.9 : 0.75, '报告明确说明本年度无此类情况', evidence);
  }
  if (missing.length === 0 && hasRequiredSection) {
    return result(item.id, 'present', scope.fromSections ? 0.92 : 0.7, `${where}载明${found.join('、')}`, evidence);
  }
  if (missing.length === 0) {
    return result(item.id, 'partial', 0.6, `无专门章节；正文提及${found.join('、')}`, evidence);
  }
  if (scope.fromSections && rule.sectionSuffices) {
    return result(item.id, 'present', 0.7, `有专门章节，但未见${missing.join('、')}`, evidence);
  }
  if (found.length > 0 || scope.fromSections) {
    const has = found.length ? `载明${found.join('、')}` : '有专门章节';
    return result(item.id, 'partial', 0.7, `${has}，但缺少${missing.join('、')}`, evidence);
  }
  const mention = rule.mention ? findAny(ctx, scope, rule.mention) : null;
  if (mention) {
    evidence.push(evidenceAt(ctx.view, mention[0], mention[1]));
    return result(item.id, 'partial', 0.5, `仅提及相关工作，未载明${missing.join('、')}`, evidence);
  }
  return result(item.id, 'missing', 0.8, `未见${missing.join('、')}的披露`, evidence);
}

function evaluateSection(item: ChecklistItem, rule: SectionRule, ctx: EvalContext): ItemResult {
  const headings = headingEvidence(ctx, rule.sections);
  const table = rule.table ? ctx.tables.find((t) => t.id === rule.table) : undefined;
  const evidence = [...headings];
  if (table) evidence.push(evidenceAt(ctx.view, table.start, Math.min(table.end, table.start + 40)));
  const hasSection = headings.length > 0;
  if (rule.table) {
    if (hasSection && table) return result(item.id, 'present', 0.95, `有专门章节和${rule.table}统计表`, evidence);
    if (hasSection) return result(item.id, 'partial', 0.8, `有专门章节，但未找到${rule.table}统计表`, evidence);
    if (table) return result(item.id, 'partial', 0.7, `有${rule.table}统计表，但无专门章节`, evidence);
    return result(item.id, 'missing', 0.85, `未找到该章节和${rule.table}统计表`, evidence);
  }
  if (!hasSection) return result(item.id, 'missing', 0.8, '未找到该章节', evidence);
  if (rule.expect && ctx.meta.format === rule.expect.format) {
    const scope = scopeOf(ctx, rule.sections);
    const hit = findAny(ctx, scope, rule.expect.any);
    if (!hit) return result(item.id, 'partial', 0.7, `有专门章节，但未报告${rule.expect.name}`, evidence);
    evidence.push(evidenceAt(ctx.view, hit[0], hit[1]));
    return result(item.id, 'present', 0.95, `有专门章节，并报告${rule.expect.name}`, evidence);
  }
  return result(item.id, 'present', 0.95, '有专门章节', evidence);
}

function evaluateDeadline(item: ChecklistItem, rule: Extract<ItemRule, { kind: 'deadline' }>, ctx: EvalContext): ItemResult {
  const { publishedOn, reportYear, issuerKind } = ctx.meta;
  if (!publishedOn) return result(item.id, 'not-applicable', 0.9, '未找到发布日期，无法判断是否按期公布', []);
  if (!reportYear) return result(item.id, 'not-applicable', 0.6, '报告年度不明，无法判断公布期限', []);
  const kind = issuerKind ?? 'government';
  const deadline = `${reportYear + 1}-${kind === 'government' ? rule.government : rule.department}`;
  const who = kind === 'government' ? '人民政府' : '政府部门';
  if (publishedOn <= deadline) return result(item.id, 'present', 0.9, `发布于${publishedOn}，不晚于${who}的期限${deadline}`, []);
  return result(item.id, 'missing', 0.9, `发布于${publishedOn}，晚于${who}的期限${deadline}`, []);
}

function evaluateFormat(item: ChecklistItem, rule: Extract<ItemRule, { kind: 'format' }>, ctx: EvalContext): ItemResult {
  const expected = ctx.meta.format;
  const keys = new Set(ctx.sections.filter((s) => s.level === 1 && s.key).map((s) => s.key));
  const present = rule.sections.filter((k) => keys.has(k as never));
  const tableFormats = ctx.tables.filter((t) => t.id === 'T2' || t.id === 'T3').map((t) => t.format).filter(Boolean);
  const wrongTables = expected ? tableFormats.filter((f) => f !== expected) : [];
  const evidence = ctx.sections.filter((s) => s.level === 1).slice(0, 6).map((s) => evidenceAt(ctx.view, s.start, s.headingEnd));
  if (present.length >= rule.sections.length - 1 && wrongTables.length === 0 && tableFormats.length > 0) {
    return result(item.id, 'present', 0.9, `章节与统计表符合${expected ?? ''}格式`, evidence);
  }
  if (wrongTables.length > 0) return result(item.id, 'partial', 0.85, `统计表为${wrongTables[0]}版本，应使用${expected}格式`, evidence);
  if (present.length >= 4) return result(item.id, 'partial', 0.7, `章节基本符合，但缺少${rule.sections.length - present.length}个规定章节或统计表`, evidence);
  return result(item.id, 'missing', 0.8, '未采用全国统一的年度报告格式（章节结构不符）', evidence);
}

export function evaluateItem(item: ChecklistItem, ctx: EvalContext): ItemResult {
  if (item.appliesTo && ctx.meta.issuerKind && item.appliesTo !== ctx.meta.issuerKind) {
    const who = ctx.meta.issuerKind === 'department' ? '政府部门' : '人民政府';
    return result(item.id, 'not-applicable', 0.95, `本项仅适用于${item.appliesTo === 'government' ? '人民政府' : '政府部门'}，报告机关为${who}`, []);
  }
  const rule = item.rule;
  switch (rule.kind) {
    case 'content':
      return evaluateContent(item, rule, ctx);
    case 'section':
      return evaluateSection(item, rule, ctx);
    case 'deadline':
      return evaluateDeadline(item, rule, ctx);
    case 'format':
      return evaluateFormat(item, rule, ctx);
  }
}

export function evaluateChecklist(ctx: EvalContext): ItemResult[] {
  if (!ctx.meta.regime) return [];
  return checklistFor(ctx.meta.regime).items.map((item) => evaluateItem(item, ctx));
}
