import { cellName, columnsOf, T3_COLUMNS, T4_COLUMNS } from '../../shared/table-cells';
import type { ReportTable } from '../types';

export interface Grid {
  title: string;
  header: string[];
  rows: { label: string; cells: { text: string; bad: boolean }[] }[];
}

const columnNames = (t: ReportTable, row: ReportTable['rows'][number]) => columnsOf(t, row, row.values.length);

/** Marks a cell that failed a check; the full-width asterisk is in every CJK font. */
export const BAD_MARK = '＊';

/** A rebuilt table as plain grids for the memo renderers (T2: one per Article 20 block); failing cells flagged. */
export function tableGrids(t: ReportTable, badCells: Set<string>): Grid[] {
  if (t.id !== 'T2') return [tableGrid(t, badCells)];
  const blocks = new Map<string, ReportTable['rows']>();
  for (const row of t.rows) {
    const item = row.key.split('.')[0];
    blocks.set(item, [...(blocks.get(item) ?? []), row]);
  }
  return [...blocks.entries()].map(([item, rows], i) => {
    const grid = tableGrid({ ...t, rows }, badCells);
    return { ...grid, title: i === 0 ? grid.title : '', header: [`第二十条第（${item}）项`, ...grid.header.slice(1)], rows: grid.rows.map((r) => ({ ...r, label: r.label.replace(/^（.）/, '') })) };
  });
}

function tableGrid(t: ReportTable, badCells: Set<string>): Grid {
  const name = t.id.startsWith('A') ? `附表${t.id.slice(1)} ${t.title}` : `表${t.id.slice(1)} ${t.title}`;
  const header = t.id === 'T3' ? ['', ...T3_COLUMNS] : t.id === 'T4' ? ['', ...T4_COLUMNS] : ['', ...(t.rows[0] ? columnNames(t, t.rows[0]) : [])];
  const rows = t.rows.map((row) => {
    const cols = columnNames(t, row);
    return {
      label: t.id === 'T4' ? row.key.replace('.', ' · ') : row.label,
      cells: row.values.map((v, i) => {
        const bad = badCells.has(cellName(t.id, row.key, cols[i]));
        return { text: `${v === null ? '—' : v}${bad ? BAD_MARK : ''}`, bad };
      }),
    };
  });
  return { title: name, header, rows };
}
