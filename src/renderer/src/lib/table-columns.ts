import type { ReportTable } from '../../../shared/dto';

export const T3_COLUMNS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
export const T4_COLUMNS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

/** Column names of a row as the checks name cells (`T3:三.一:总计`). */
export function columnsOf(table: ReportTable, row: ReportTable['rows'][number]): string[] {
  if (table.id === 'T3') return T3_COLUMNS;
  if (table.id === 'T4') return T4_COLUMNS;
  if (row.columns) return row.columns;
  return table.columns.length === 1 ? table.columns : row.values.map((_, i) => String(i + 1));
}

export const cellId = (table: ReportTable, row: ReportTable['rows'][number], col: number) => `${table.id}:${row.key}:${columnsOf(table, row)[col]}`;
