import type { ReportTable } from '../../../shared/dto';
import { cellName, columnsOf as rowColumns, T3_COLUMNS, T4_COLUMNS } from '../../../shared/table-cells';

export { T3_COLUMNS, T4_COLUMNS };

type Row = ReportTable['rows'][number];

export const columnsOf = (table: ReportTable, row: Row) => rowColumns(table, row, row.values.length);
export const cellId = (table: ReportTable, row: Row, col: number) => cellName(table.id, row.key, columnsOf(table, row)[col]);
