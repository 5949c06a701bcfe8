/**
 * How cells of the standard tables are named where they cross processes: checks name them
 * (`T3:三.一:总计`), the review view marks them, the memo flags them. One definition for all.
 */

export const T3_COLUMNS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
export const T4_COLUMNS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

interface TableShape {
  id: string;
  columns: string[];
}

interface RowShape {
  columns?: string[];
}

/** Column names of a row: fixed for T3/T4, per Article 20 block for T2, the single 数量 of appendices. */
export function columnsOf(table: TableShape, row: RowShape, width: number): string[] {
  if (table.id === 'T3') return T3_COLUMNS;
  if (table.id === 'T4') return T4_COLUMNS;
  if (row.columns) return row.columns;
  return table.columns.length === 1 ? table.columns : Array.from({ length: width }, (_, i) => String(i + 1));
}

export const cellName = (tableId: string, rowKey: string, column: string) => `${tableId}:${rowKey}:${column}`;
