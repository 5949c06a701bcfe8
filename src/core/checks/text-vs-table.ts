import type { EvalContext } from '../rules/context';
import { cellName, T3_COLUMNS } from '../../shared/table-cells';
import type { RawTable } from '../structure/tables/model';
import type { CheckResult } from '../types';
import { eachProseMatch } from './prose';
import { finding, passed, spanEvidence } from './result';

interface Comparison {
  name: string;
  table: 'T2' | 'T3' | 'appendix';
  row: string | RegExp;
  /** Column index; -1 = the last one (the total). */
  column: number;
  /** For T2, whose columns differ between formats: the column whose meaning the prose states. */
  columnName?: RegExp;
  /** The figure is the last capture group. */
  prose: RegExp[];
}

/** Figures the prose usually repeats from the tables. */
const COMPARISONS: Comparison[] = [
  { name: '本年新收申请', table: 'T3', row: '一', column: -1, prose: [/(?:收到|接到|受理)[^。,;]{0,16}?申请(?:共)?(\d+)件/] },
  { name: '予以公开', table: 'T3', row: '三.一', column: -1, prose: [/予以公开(\d+)件/, /同意公开的?(\d+)件/] },
  { name: '部分公开', table: 'T3', row: '三.二', column: -1, prose: [/部分公开的?(\d+)件/] },
  { name: '办理结果总计', table: 'T3', row: '三.七', column: -1, prose: [/办结[^。,;]{0,6}?(\d+)件/] },
  { name: '制发规范性文件', table: 'T2', row: '一.规范性文件', column: 0, columnName: /本年制发|本年新制作/, prose: [/制发(?:行政)?规范性文件(\d+)件/] },
  { name: '行政许可', table: 'T2', row: '五.行政许可', column: -1, columnName: /处理决定/, prose: [/行政许可(?:决定)?(\d+)(?:项|件)/] },
  { name: '行政处罚', table: 'T2', row: '六.行政处罚', column: -1, columnName: /处理决定/, prose: [/行政处罚(?:决定)?(\d+)(?:项|件)/] },
  { name: '行政强制', table: 'T2', row: '六.行政强制', column: -1, columnName: /处理决定/, prose: [/行政强制(?:决定)?(\d+)(?:项|件)/] },
  { name: '行政事业性收费', table: 'T2', row: '八.行政事业性收费', column: -1, columnName: /收费金额/, prose: [/行政事业性收费(\d+(?:\.\d+)?)万元/] },
  { name: '主动公开信息数', table: 'appendix', row: /^主动公开(政府)?信息数$/, column: 0, prose: [/主动公开[^。,;]{0,12}?(\d+)条/] },
  { name: '申请总数', table: 'appendix', row: /^申请总数$/, column: 0, prose: [/(?:收到|接到|受理)[^。,;]{0,10}?申请(\d+)(?:件|条)/] },
  { name: '网站访问量', table: 'appendix', row: /访问量$/, column: 0, prose: [/(?:访问量|总流量|点击量)(?:为|达|是)?(\d+)/] },
];

function locate(ctx: EvalContext, cmp: Comparison): { table: RawTable; row: RawTable['rows'][number] } | null {
  const candidates = cmp.table === 'appendix' ? ctx.tables.filter((t) => t.id.startsWith('A')) : ctx.tables.filter((t) => t.id === cmp.table);
  for (const table of candidates) {
    const row = table.rows.find((r) => (typeof cmp.row === 'string' ? r.key === cmp.row : cmp.row.test(r.key)));
    if (row && row.cells.length) return { table, row };
  }
  return null;
}

export function textVersusTable(ctx: EvalContext): CheckResult[] {
  const out: CheckResult[] = [];
  let compared = 0;
  for (const cmp of COMPARISONS) {
    const found = locate(ctx, cmp);
    if (!found) continue;
    const { table, row } = found;
    let col = cmp.column < 0 ? row.cells.length - 1 : cmp.column;
    if (cmp.columnName) {
      col = (row.columns ?? []).findIndex((c) => cmp.columnName!.test(c));
      if (col < 0) continue;
    }
    const cell = row.cells[col];
    if (!cell || cell.value === null) continue;
    const seen = new Set<number>();
    for (const re of cmp.prose) {
      eachProseMatch(ctx, re, (m, at) => {
        const figure = Number(m[m.length - 1]);
        const figureStart = at + m[0].lastIndexOf(m[m.length - 1]);
        if (seen.has(at)) return;
        seen.add(at);
        compared++;
        if (Math.abs(figure - cell.value!) < 1e-9) return;
        const columnName = table.id === 'T3' ? T3_COLUMNS[col] : (row.columns?.[col] ?? '数量');
        const tableName = table.id.startsWith('A') ? `附表${table.id.slice(1)}` : `表${table.id.slice(1)}`;
        let hint = '';
        if (table.id === 'T3') {
          const other = row.cells.findIndex((c, i) => i !== col && c.value === figure);
          if (other >= 0) hint = `（正文数字与“${T3_COLUMNS[other]}”列相同）`;
        }
        out.push(
          finding(
            'TXT-TABLE',
            'warning',
            `正文称${cmp.name}${figure}，${tableName}“${row.label}”${columnName}为${cell.value}${hint}`,
            [cellName(table.id, row.key, columnName)],
            [spanEvidence(ctx, at, Math.max(figureStart + m[m.length - 1].length, at + m[0].length)), spanEvidence(ctx, cell.start, cell.end)],
          ),
        );
      });
    }
  }
  if (out.length) return out;
  return compared > 0 ? [passed('TXT-TABLE', 'warning', `正文中${compared}处数字与统计表一致`)] : [];
}
