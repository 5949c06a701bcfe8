import { runChecks } from './checks';
import { AnalysisError } from './errors';
import { ingest, ingestFile, type RawDocument } from './ingest';
import { regimeForYear } from './meta/regime';
import { extractMeta } from './meta/meta';
import { normalize } from './normalize';
import { detectScript } from './normalize/script';
import { quoteOf, toOriginalSpan, type TextView } from './normalize/text-view';
import { evaluateChecklist } from './rules/evaluate';
import type { EvalContext } from './rules/context';
import { detectStructure } from './structure/sections';
import { readAppendices } from './structure/tables/appendix';
import type { RawTable } from './structure/tables/model';
import { readT2 } from './structure/tables/t2';
import { readT3 } from './structure/tables/t3';
import { readT4 } from './structure/tables/t4';
import { tokenize } from './structure/tokens';
import type { Analysis, Meta, Overrides, ReportTable, Section } from './types';

export const ENGINE_VERSION = '1.0.0';

export interface AnalyzeOptions {
  overrides?: Overrides;
}

function toReportTable(view: TextView, t: RawTable): ReportTable {
  const rows = t.rows.map((r) => ({
    key: r.key,
    label: r.label,
    values: r.cells.map((c) => c.value),
    spans: r.cells.map((c) => (c.problem === 'missing' ? null : toOriginalSpan(view, c.start, c.end))),
    ...(r.columns ? { columns: r.columns } : {}),
  }));
  const cells: Record<string, (number | null)[]> = {};
  for (const r of rows) if (r.values.length) cells[r.key] = r.values;
  return { id: t.id, title: t.title, format: t.format, columns: t.columns, rows, cells, span: toOriginalSpan(view, t.start, t.end) };
}

function toSection(view: TextView, s: ReturnType<typeof detectStructure>['sections'][number]): Section {
  const span = toOriginalSpan(view, s.start, s.end);
  const heading = toOriginalSpan(view, s.start, s.headingEnd);
  return {
    heading: quoteOf(view, s.start, s.headingEnd),
    level: s.level,
    ordinal: s.ordinal,
    key: s.key,
    start: span.start,
    end: span.end,
    headingEnd: heading.end,
  };
}

/**
 * Widens a table to whole `|` lines: the header cells above its first row label and the trailing
 * cell separators, so the reviewer sees one table and no stray pipes around it.
 */
function widenToCellLines(norm: string, t: RawTable): RawTable {
  let end = t.end;
  while (end < norm.length && (norm[end] === ' ' || norm[end] === '|' || norm[end] === '\t')) end++;
  for (;;) {
    const nextEnd = norm.indexOf('\n', end + 1);
    const line = norm.slice(end + 1, nextEnd < 0 ? norm.length : nextEnd);
    if (norm[end] !== '\n' || !line.includes('|') || line.replace(/[|\s]/g, '') !== '') break;
    end = nextEnd < 0 ? norm.length : nextEnd;
  }
  let start = norm.lastIndexOf('\n', t.start - 1) + 1;
  while (start > 0) {
    const prevStart = norm.lastIndexOf('\n', start - 2) + 1;
    const line = norm.slice(prevStart, start - 1);
    if (!line.includes('|') || line.replace(/[|\s]/g, '').length > 60) break;
    start = prevStart;
  }
  return { ...t, start: Math.min(start, t.start), end };
}

/** A page that mentions open-government work and names at least one disclosure topic. */
function looksLikeReport(norm: string, sections: number, tables: number): boolean {
  const disclosure = (norm.match(/信息公开|政务公开/g) ?? []).length;
  const topics = /(主动公开|依申请|年度报告|年报|工作总结|行政复议|不予公开)/.test(norm);
  return (disclosure >= 2 && topics) || tables > 0 || (disclosure >= 1 && sections >= 3 && topics);
}

function applyOverrides(meta: Meta, overrides: Overrides | undefined): Meta {
  if (!overrides) return meta;
  const next = { ...meta };
  if (overrides.reportYear !== undefined) {
    next.reportYear = overrides.reportYear;
    Object.assign(next, regimeForYear(overrides.reportYear));
  }
  if (overrides.regime !== undefined) {
    next.regime = overrides.regime;
    if (overrides.regime === '2007') next.format = null;
    else if (overrides.regime === '2019' && !next.format) next.format = next.reportYear && next.reportYear <= 2020 ? '2019-60' : '2021-30';
  }
  if (overrides.format !== undefined) next.format = overrides.format;
  if (overrides.issuerKind !== undefined) next.issuerKind = overrides.issuerKind;
  return next;
}

export function analyzeDocument(raw: RawDocument, fileName: string, options: AnalyzeOptions = {}): Analysis {
  const { view, boilerplate, unmaskedRepaired, unmaskedNorm } = normalize(raw.text);
  const structure = detectStructure(view.norm);
  const tokens = tokenize(view.norm);
  const rawTables = [readT2(tokens), readT3(tokens), readT4(tokens), ...readAppendices(tokens)]
    .filter((t): t is RawTable => t !== null)
    .map((t) => widenToCellLines(view.norm, t));

  if (!looksLikeReport(view.norm, structure.sections.length, rawTables.length)) {
    throw new AnalysisError('NOT_A_REPORT', `${fileName}: this does not read as a government information-disclosure annual report (no disclosure topics found).`);
  }

  const firstTop = structure.sections.find((s) => s.level === 1);
  const script = detectScript(unmaskedRepaired);
  const { meta: detected, titleSpan } = extractMeta({
    repaired: unmaskedRepaired,
    norm: unmaskedNorm,
    bodyNorm: view.norm,
    firstHeading: firstTop ? firstTop.start : Math.min(view.norm.length, 2000),
    encoding: raw.encoding,
    sourceFormat: raw.sourceFormat,
    script,
  });
  const meta = applyOverrides(detected, options.overrides);

  const ctx: EvalContext = {
    view,
    meta,
    sections: structure.sections,
    tables: rawTables,
    tableRanges: rawTables.map((t) => [t.start, t.end] as [number, number]),
    bodyStart: structure.bodyStart,
    bodyEnd: structure.bodyEnd,
    titleSpan,
    slips: structure.slips,
  };

  return {
    engineVersion: ENGINE_VERSION,
    text: raw.text,
    meta,
    detectedMeta: detected,
    boilerplate,
    ...(raw.pages ? { pages: raw.pages } : {}),
    sections: structure.sections.map((s) => toSection(view, s)),
    tables: rawTables.map((t) => toReportTable(view, t)),
    items: evaluateChecklist(ctx),
    checks: runChecks(ctx),
  };
}

/** Text and web pages → the full analysis (or an AnalysisError), synchronously. */
export function analyze(bytes: Uint8Array, fileName: string, options: AnalyzeOptions = {}): Analysis {
  return analyzeDocument(ingest(bytes, fileName), fileName, options);
}

/** The one entry point for every format (DOCX and PDF parsing is asynchronous). */
export async function analyzeFile(bytes: Uint8Array, fileName: string, options: AnalyzeOptions = {}): Promise<Analysis> {
  return analyzeDocument(await ingestFile(bytes, fileName), fileName, options);
}
