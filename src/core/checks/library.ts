import { convertScript } from '../normalize/script';
import { T3_COLUMNS } from '../structure/tables/t3';
import type { Analysis, CheckResult, Evidence, ReportTable, Span } from '../types';

/**
 * Checks that need other reports of the library: CARRY-OVER (this year's 上年结转 against last
 * year's 结转下年度) and DUP-TEXT (passages copied from another report). The store finds the
 * other reports; these functions only compare.
 */

export interface Passage extends Span {
  hash: string;
}

const MIN_PASSAGE_CHARS = 30;

/** FNV-1a over UTF-16 units, two lanes for a 64-bit key: enough to tell passages apart. */
function fingerprint(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/**
 * The long sentences of a report's own prose (not tables, not page furniture), each keyed by its
 * words in Simplified characters with figures and punctuation removed, so a copy with new
 * numbers or in the other script still matches.
 */
export function passagesOf(a: Analysis): Passage[] {
  const skip = [...a.boilerplate, ...a.tables.map((t) => t.span)];
  const out: Passage[] = [];
  const re = /[^。！？!?\n]+[。！？!?]?/g;
  for (let m = re.exec(a.text); m; m = re.exec(a.text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (skip.some((s) => start < s.end && end > s.start) || m[0].includes('|')) continue;
    const key = convertScript(m[0], 'simplified').replace(/[^\u3400-\u9fff]/g, '');
    if (key.length < MIN_PASSAGE_CHARS) continue;
    out.push({ hash: fingerprint(key), start, end });
  }
  return out;
}

export interface DuplicateSource {
  fileName: string;
  agency: string | null;
  reportYear: number | null;
  sameAgency: boolean;
  /** Spans of the current report that the other report also has. */
  spans: Span[];
}

/** Copy-paste worth a reviewer's attention: 5 sentences or 400 characters shared with one report. */
export function duplicateTextChecks(a: Analysis, sources: DuplicateSource[]): CheckResult[] {
  const findings: CheckResult[] = [];
  for (const src of sources) {
    const chars = src.spans.reduce((n, s) => n + (s.end - s.start), 0);
    if (src.spans.length < 5 && chars < 400) continue;
    // The same agency's report of the same year is this report in another file, not a copy; a
    // later one that copied this report carries the finding itself.
    if (src.sameAgency && src.reportYear !== null && a.meta.reportYear !== null && src.reportYear >= a.meta.reportYear) continue;
    // The same agency repeating its own stock paragraphs from last year is usual; another agency's text is not.
    if (src.sameAgency && chars < a.text.length * 0.3) continue;
    const who = `${src.agency ?? src.fileName}${src.reportYear ? ` ${src.reportYear}年` : ''}的报告`;
    const evidence: Evidence[] = src.spans.slice(0, 3).map((s) => ({ ...s, quote: a.text.slice(s.start, s.end).slice(0, 80) }));
    findings.push({
      id: 'DUP-TEXT',
      ok: false,
      severity: 'warning',
      message: `有${src.spans.length}句（约${chars}字）与${who}（${src.fileName}）相同，疑为照搬${src.sameAgency ? '上年报告' : '其他机关的报告'}`,
      cells: [],
      evidence,
    });
  }
  return findings.length ? findings : [{ id: 'DUP-TEXT', ok: true, severity: 'warning', message: '未发现与报告库中其他报告大段相同的文字', cells: [], evidence: [] }];
}

export interface PreviousReport {
  fileName: string;
  reportYear: number;
  t3: ReportTable;
}

/** This year's 二、上年结转 must equal last year's 四、结转下年度继续办理, column by column. */
export function carryOverCheck(current: ReportTable, previous: PreviousReport): CheckResult {
  const now = current.cells['二'];
  const before = previous.t3.cells['四'];
  if (!now || !before) return { id: 'CARRY-OVER', ok: true, severity: 'error', message: '上年报告缺少可比较的结转数据', cells: [], evidence: [] };
  const row = current.rows.find((r) => r.key === '二')!;
  const wrong = T3_COLUMNS.map((column, i) => ({ column, i })).filter(({ i }) => now[i] !== null && before[i] !== null && now[i] !== before[i]);
  if (!wrong.length) return { id: 'CARRY-OVER', ok: true, severity: 'error', message: `上年结转与${previous.reportYear}年报告的结转下年度数一致`, cells: [], evidence: [] };
  return {
    id: 'CARRY-OVER',
    ok: false,
    severity: 'error',
    message: `表三“二、上年结转”${wrong.map(({ column, i }) => `${column}${now[i]}`).join('、')}，与${previous.reportYear}年报告（${previous.fileName}）“四、结转下年度继续办理”${wrong.map(({ column, i }) => `${column}${before[i]}`).join('、')}不符`,
    cells: wrong.map(({ column }) => `T3:二:${column}`),
    evidence: wrong.map(({ i }) => row.spans[i]).filter((s): s is Span => !!s).map((s) => ({ ...s, quote: String(now[wrong[0].i]) })),
  };
}
