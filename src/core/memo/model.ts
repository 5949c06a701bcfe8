import { convertScript } from '../normalize/script';
import type { Analysis, ItemStatus, ReportTable } from '../types';

/** What the reviewer decided, as the store keeps it (a subset of the shared DTOs). */
export interface MemoDecision {
  itemId: string;
  status: ItemStatus | null;
  severity: 'major' | 'minor' | 'info' | null;
  note: string | null;
}

export interface MemoAnnotation {
  start: number;
  end: number;
  quote: string;
  kind: 'missing-disclosure' | 'data-error' | 'wording' | 'question';
  comment: string;
  author: string | null;
}

export interface MemoInput {
  analysis: Analysis;
  checklist: { id: string; label: string; basis: string }[];
  decisions: MemoDecision[];
  annotations: MemoAnnotation[];
  conclusion: string | null;
  fileName: string;
  reviewer: string;
  date: string;
  script: 'simplified' | 'traditional';
}

export interface MemoQuote {
  text: string;
  /** Where the quote starts in the report, for the reader to find it: 「原文第123字」. */
  ref: string;
}

export interface Memo {
  title: string;
  facts: [string, string][];
  conclusion: string;
  conclusionIsDefault: boolean;
  items: { id: string; label: string; basis: string; auto: string; reviewer: string; final: ItemStatus; note: string; reason: string }[];
  findings: { id: string; severity: string; message: string; cells: string[]; quotes: MemoQuote[] }[];
  annotations: { kind: string; comment: string; author: string; quote: MemoQuote }[];
  tables: { table: ReportTable; badCells: Set<string> }[];
  labels: typeof LABELS;
}

export const STATUS_LABEL: Record<ItemStatus, string> = { present: '已披露', partial: '部分披露', missing: '未披露', 'not-applicable': '不适用' };
const SEVERITY_LABEL = { error: '错误', warning: '警示', info: '提示' } as const;
const KIND_LABEL = { 'missing-disclosure': '缺失披露', 'data-error': '数据错误', wording: '表述问题', question: '疑问' } as const;
const REGIME_LABEL = { '2007': '《政府信息公开条例》（2007年）', '2019': '《政府信息公开条例》（2019年修订）' } as const;

const LABELS = {
  facts: '基本信息',
  conclusion: '一、总体意见',
  checklist: '二、法定事项审查情况',
  findings: '三、数据与表述核查发现',
  annotations: '四、审查批注',
  appendix: '附件：统计表重建结果',
  colItem: '事项',
  colBasis: '法律依据',
  colAuto: '自动判定',
  colReviewer: '审查意见',
  colNote: '备注',
  noFindings: '未发现数据或表述问题。',
  noAnnotations: '无。',
  badCellNote: '标“＊”的单元格未通过核查。',
  cells: '涉及单元格',
  signature: '审查人',
};

/** Longest quote printed in full; longer ones are cut, and the reference says where to read on. */
export const MEMO_QUOTE_CHARS = 120;

/** 「原文第123字」, or for a PDF 「第3页」 so the reader can find it in the file the agency published. */
function quote(text: string, start: number, pages?: Analysis['pages']): MemoQuote {
  const clean = text.replace(/\s+/g, ' ').trim();
  const cut = [...clean].length > MEMO_QUOTE_CHARS;
  const page = pages ? pages.findIndex((p) => start >= p.start && start < p.end) + 1 : 0;
  const where = page > 0 ? `第${page}页` : `原文第${start + 1}字`;
  return { text: cut ? `${[...clean].slice(0, MEMO_QUOTE_CHARS).join('')}……` : clean, ref: `${where}${cut ? '起' : ''}` };
}

function defaultConclusion(items: Memo['items'], failedChecks: number, agency: string): string {
  const missing = items.filter((i) => i.final === 'missing').map((i) => i.id);
  const partial = items.filter((i) => i.final === 'partial').map((i) => i.id);
  const parts = [`经审查，${agency}的年度报告`];
  if (!missing.length && !partial.length) parts.push('法定事项均已披露');
  else {
    if (missing.length) parts.push(`有${missing.length}项法定事项未披露（${missing.join('、')}）`);
    if (partial.length) parts.push(`${partial.length}项披露不完整（${partial.join('、')}）`);
  }
  parts.push(failedChecks ? `数据核查发现${failedChecks}处问题，建议核实更正` : '数据核查未发现问题');
  return parts.join('，') + '。';
}

/** Fills the memo from the analysis and the reviewer's work; nothing of the checklist is left out. */
export function buildMemo(input: MemoInput): Memo {
  const { analysis: a } = input;
  const conv = (s: string) => (input.script === 'traditional' ? convertScript(s, 'traditional') : convertScript(s, 'simplified'));
  const agency = a.meta.agency ?? '报告机关';
  const items = input.checklist.map((info) => {
    const auto = a.items.find((i) => i.id === info.id);
    const decision = input.decisions.find((d) => d.itemId === info.id);
    const autoStatus = auto?.status ?? 'missing';
    const final = decision?.status ?? autoStatus;
    return {
      id: info.id,
      label: info.label,
      basis: info.basis,
      auto: `${STATUS_LABEL[autoStatus]}（${Math.round((auto?.confidence ?? 0) * 100)}%）`,
      reviewer: decision?.status ? STATUS_LABEL[decision.status] : '同意自动判定',
      final,
      note: [decision?.note, decision?.severity ? `严重程度：${{ major: '重要', minor: '一般', info: '提示' }[decision.severity]}` : null].filter(Boolean).join('；'),
      reason: auto?.reason ?? '',
    };
  });
  const failed = a.checks.filter((c) => !c.ok);
  const conclusionIsDefault = !input.conclusion?.trim();
  const memo: Memo = {
    title: `关于${agency}${a.meta.reportYear ?? ''}年度政府信息公开工作年度报告的审查意见`,
    facts: [
      ['报告机关', agency],
      ['报告年度', a.meta.reportYear ? `${a.meta.reportYear}年` : '不明'],
      ['报告文件', input.fileName],
      ['适用条例', a.meta.regime ? REGIME_LABEL[a.meta.regime] : '不明'],
      ['年报格式', a.meta.format === '2021-30' ? '国办公开办函〔2021〕30号' : a.meta.format === '2019-60' ? '国办公开办函〔2019〕60号' : '无统一格式（2019年以前）'],
      ['发布日期', a.meta.publishedOn ?? '未载明'],
      ['审查人', input.reviewer || '—'],
      ['审查日期', input.date],
    ],
    conclusion: conclusionIsDefault ? defaultConclusion(items, failed.filter((c) => c.severity !== 'info').length, agency) : input.conclusion!.trim(),
    conclusionIsDefault,
    items,
    findings: failed.map((c) => ({
      id: c.id,
      severity: SEVERITY_LABEL[c.severity],
      message: c.message,
      cells: c.cells,
      quotes: c.evidence.slice(0, 3).map((e) => quote(a.text.slice(e.start, e.end), e.start, a.pages)),
    })),
    annotations: input.annotations.map((an) => ({ kind: KIND_LABEL[an.kind], comment: an.comment, author: an.author ?? '', quote: quote(an.quote, an.start, a.pages) })),
    tables: a.tables.map((table) => ({ table, badCells: new Set(failed.filter((c) => c.cells.some((id) => id.startsWith(`${table.id}:`))).flatMap((c) => c.cells)) })),
    labels: LABELS,
  };
  return convertMemo(memo, conv);
}

/** Puts every human-readable string of the memo into the chosen script. */
function convertMemo(m: Memo, conv: (s: string) => string): Memo {
  const labels = Object.fromEntries(Object.entries(m.labels).map(([k, v]) => [k, conv(v)])) as typeof LABELS;
  return {
    ...m,
    title: conv(m.title),
    facts: m.facts.map(([k, v]) => [conv(k), conv(v)]),
    conclusion: conv(m.conclusion),
    items: m.items.map((i) => ({ ...i, label: conv(i.label), basis: conv(i.basis), auto: conv(i.auto), reviewer: conv(i.reviewer), note: conv(i.note), reason: conv(i.reason) })),
    findings: m.findings.map((f) => ({ ...f, severity: conv(f.severity), message: conv(f.message), quotes: f.quotes.map((q) => ({ text: conv(q.text), ref: conv(q.ref) })) })),
    annotations: m.annotations.map((an) => ({ ...an, kind: conv(an.kind), comment: conv(an.comment), quote: { text: conv(an.quote.text), ref: conv(an.quote.ref) } })),
    labels,
  };
}
