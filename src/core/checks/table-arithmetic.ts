import type { EvalContext } from '../rules/context';
import { t3LeafKeys, T3_COLUMNS } from '../structure/tables/t3';
import { T4_COLUMNS } from '../structure/tables/t4';
import { cellName, columnsOf } from '../../shared/table-cells';
import type { RawTable } from '../structure/tables/model';
import type { CheckResult, Evidence } from '../types';
import { finding, passed, spanEvidence } from './result';

type Row = RawTable['rows'][number];

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/\.?0+$/, ''));
const cellId = cellName;

function value(row: Row | undefined, col: number): number | null {
  return row?.cells[col]?.value ?? null;
}

function cellEvidence(ctx: EvalContext, row: Row | undefined, col: number): Evidence[] {
  const c = row?.cells[col];
  return c && c.problem !== 'missing' ? [spanEvidence(ctx, c.start, c.end)] : [];
}

function rowsByKey(table: RawTable): Map<string, Row> {
  return new Map(table.rows.map((r) => [r.key, r]));
}

function t3Balance(ctx: EvalContext, t3: RawTable): CheckResult[] {
  const rows = rowsByKey(t3);
  const out: CheckResult[] = [];
  const needed = ['一', '二', '三.七', '四'];
  if (!needed.every((k) => rows.has(k))) return [];
  T3_COLUMNS.forEach((column, col) => {
    const [a, b, c, d] = needed.map((k) => value(rows.get(k), col));
    if (a === null || b === null || c === null || d === null) return;
    if (Math.abs(a + b - (c + d)) > 1e-9) {
      out.push(
        finding(
          'T3-BALANCE',
          'error',
          `表三“${column}”列：一（${fmt(a)}）+ 二（${fmt(b)}）= ${fmt(a + b)}，不等于 三（七）总计（${fmt(c)}）+ 四（${fmt(d)}）= ${fmt(c + d)}`,
          needed.map((k) => cellId('T3', k, column)),
          needed.flatMap((k) => cellEvidence(ctx, rows.get(k), col)),
        ),
      );
    }
  });
  return out.length ? out : [passed('T3-BALANCE', 'error', '表三各列均满足：第一项加第二项之和等于第三项加第四项之和')];
}

function t3ResultsSum(ctx: EvalContext, t3: RawTable): CheckResult[] {
  const rows = rowsByKey(t3);
  const total = rows.get('三.七');
  const leaves = t3LeafKeys(t3).filter((k) => (rows.get(k)?.cells.length ?? 0) > 0);
  if (!total || leaves.length === 0) return [];
  const out: CheckResult[] = [];
  T3_COLUMNS.forEach((column, col) => {
    const t = value(total, col);
    if (t === null) return;
    let sum = 0;
    for (const k of leaves) sum += value(rows.get(k), col) ?? 0;
    if (Math.abs(sum - t) > 1e-9) {
      const nonZero = leaves.filter((k) => (value(rows.get(k), col) ?? 0) !== 0);
      out.push(
        finding(
          'T3-RESULTS-SUM',
          'error',
          `表三“${column}”列：办理结果各项之和为${fmt(sum)}，与（七）总计${fmt(t)}不符`,
          [...nonZero.map((k) => cellId('T3', k, column)), cellId('T3', '三.七', column)],
          [...nonZero.flatMap((k) => cellEvidence(ctx, rows.get(k), col)), ...cellEvidence(ctx, total, col)],
        ),
      );
    }
  });
  return out.length ? out : [passed('T3-RESULTS-SUM', 'error', '表三各列办理结果之和均等于（七）总计')];
}

function t3RowTotal(ctx: EvalContext, t3: RawTable): CheckResult[] {
  const out: CheckResult[] = [];
  const last = T3_COLUMNS.length - 1;
  for (const row of t3.rows) {
    if (row.cells.length !== T3_COLUMNS.length) continue;
    const total = value(row, last);
    if (total === null) continue;
    let sum = 0;
    for (let c = 0; c < last; c++) sum += value(row, c) ?? 0;
    if (Math.abs(sum - total) > 1e-9) {
      out.push(
        finding(
          'T3-ROW-TOTAL',
          'error',
          `表三“${row.label}”行：自然人与法人或其他组织各列之和为${fmt(sum)}，与总计${fmt(total)}不符`,
          T3_COLUMNS.map((column) => cellId('T3', row.key, column)),
          row.cells.flatMap((_, c) => cellEvidence(ctx, row, c)),
        ),
      );
    }
  }
  return out.length ? out : [passed('T3-ROW-TOTAL', 'error', '表三每行总计均等于各申请人列之和')];
}

function t4Subtotal(ctx: EvalContext, t4: RawTable): CheckResult[] {
  const out: CheckResult[] = [];
  for (const row of t4.rows) {
    const total = value(row, 4);
    if (total === null) continue;
    const sum = [0, 1, 2, 3].reduce((acc, c) => acc + (value(row, c) ?? 0), 0);
    if (Math.abs(sum - total) > 1e-9) {
      out.push(
        finding(
          'T4-SUBTOTAL',
          'error',
          `表四“${row.label}”：结果维持、结果纠正、其他结果、尚未审结之和为${fmt(sum)}，与总计${fmt(total)}不符`,
          T4_COLUMNS.map((column) => cellId('T4', row.key, column)),
          row.cells.flatMap((_, c) => cellEvidence(ctx, row, c)),
        ),
      );
    }
  }
  return out.length ? out : [passed('T4-SUBTOTAL', 'error', '表四三组数据的总计均等于分项之和')];
}

function columnName(table: RawTable, row: Row, col: number): string {
  return columnsOf(table, row, row.cells.length)[col] ?? String(col + 1);
}

function cellProblems(ctx: EvalContext, tables: RawTable[]): CheckResult[] {
  const out: CheckResult[] = [];
  for (const table of tables) {
    const cells: string[] = [];
    const evidence: Evidence[] = [];
    const notes: string[] = [];
    for (const row of table.rows) {
      row.cells.forEach((c, col) => {
        const negative = c.value !== null && c.value < 0;
        if (!c.problem && !negative) return;
        const what = negative ? `为负数（${c.raw}）` : c.problem === 'invalid' ? `不是数字（“${c.raw}”）` : '没有填写数值';
        cells.push(cellId(table.id, row.key, columnName(table, row, col)));
        evidence.push(c.problem === 'missing' || c.problem === 'blank' ? spanEvidence(ctx, row.labelStart, row.labelEnd) : spanEvidence(ctx, c.start, c.end));
        notes.push(`“${row.label}”${table.id === 'T3' || table.id === 'T4' || row.cells.length > 1 ? `的“${columnName(table, row, col)}”` : ''}${what}`);
      });
    }
    if (cells.length) {
      const name = table.id.startsWith('A') ? `附表${table.id.slice(1)}（${table.title}）` : `表${table.id.slice(1)}`;
      out.push(finding('T-CELLS', 'warning', `${name}：${notes.slice(0, 6).join('；')}${notes.length > 6 ? `等${notes.length}处` : ''}`, cells, evidence));
    }
  }
  return out.length || tables.length === 0 ? out : [passed('T-CELLS', 'warning', '统计表各单元格均为有效数字')];
}

export function tableChecks(ctx: EvalContext): CheckResult[] {
  const t3 = ctx.tables.find((t) => t.id === 'T3');
  const t4 = ctx.tables.find((t) => t.id === 'T4');
  return [
    ...(t3 ? [...t3Balance(ctx, t3), ...t3ResultsSum(ctx, t3), ...t3RowTotal(ctx, t3)] : []),
    ...(t4 ? t4Subtotal(ctx, t4) : []),
    ...cellProblems(ctx, ctx.tables),
  ];
}
