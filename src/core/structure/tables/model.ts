import type { NationalFormat } from '../../types';
import type { RawCell } from './read-row';

/** A standard table as read, in `norm` coordinates. */
export interface RawTable {
  id: string;
  title: string;
  format: NationalFormat | null;
  columns: string[];
  rows: { key: string; label: string; labelStart: number; labelEnd: number; cells: RawCell[]; columns?: string[] }[];
  start: number;
  end: number;
}
