import ExcelJS from 'exceljs';
import type { Analysis, ItemStatus } from '../types';
import { STATUS_LABEL } from './model';

export interface SummaryReport {
  fileName: string;
  analysis: Analysis;
  decisions: { itemId: string; status: ItemStatus | null }[];
  state: 'not-started' | 'in-progress' | 'done';
  reviewer: string | null;
}

const STATE_LABEL = { 'not-started': '未开始', 'in-progress': '审查中', done: '已完成' } as const;
const ITEM_IDS = ['R07-1', 'R07-2', 'R07-3', 'R07-4', 'R07-5', 'R07-6', 'R07-D', 'R19-1', 'R19-2', 'R19-3', 'R19-4', 'R19-5', 'R19-5G', 'R19-6', 'R19-D', 'R19-F'];

/** One row per report: who, when, which rules, every item's final status, every failed check. */
export function summaryRows(reports: SummaryReport[]): { header: string[]; rows: string[][] } {
  const header = ['机关', '报告年度', '适用条例', '年报格式', ...ITEM_IDS, '未通过的核查', '审查状态', '审查人', '文件'];
  const rows = reports.map((r) => {
    const a = r.analysis;
    const items = ITEM_IDS.map((id) => {
      const auto = a.items.find((i) => i.id === id);
      if (!auto) return '';
      const final = r.decisions.find((d) => d.itemId === id)?.status ?? auto.status;
      return STATUS_LABEL[final];
    });
    const failed = a.checks.filter((c) => !c.ok).map((c) => c.id);
    const counted = [...new Set(failed)].map((id) => `${id}×${failed.filter((f) => f === id).length}`).join('；');
    return [a.meta.agency ?? '', a.meta.reportYear ? String(a.meta.reportYear) : '', a.meta.regime ?? '', a.meta.format ?? '', ...items, counted, STATE_LABEL[r.state], r.reviewer ?? '', r.fileName];
  });
  return { header, rows };
}

const csvCell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** UTF-8 with BOM and CRLF, so Excel on Windows opens the Chinese text correctly. */
export function renderSummaryCsv(reports: SummaryReport[]): Buffer {
  const { header, rows } = summaryRows(reports);
  const text = [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

export async function renderSummaryXlsx(reports: SummaryReport[]): Promise<Buffer> {
  const { header, rows } = summaryRows(reports);
  const book = new ExcelJS.Workbook();
  book.creator = '年报审查台';
  const sheet = book.addWorksheet('审查汇总', { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  sheet.addRow(header);
  for (const r of rows) sheet.addRow(r);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((col, i) => (col.width = i === 0 ? 30 : i === header.length - 1 ? 36 : i === header.length - 4 ? 30 : 10));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  return Buffer.from(await book.xlsx.writeBuffer());
}
