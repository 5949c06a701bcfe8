import type { TextView } from '../normalize/text-view';
import type { NumberingSlip, RawSection } from '../structure/sections';
import type { RawTable } from '../structure/tables/model';
import type { Meta } from '../types';

/** Everything rules and checks read; positions are in `view.norm` coordinates. */
export interface EvalContext {
  view: TextView;
  meta: Meta;
  sections: RawSection[];
  tables: RawTable[];
  /** Table regions, so prose rules do not read cells as sentences. */
  tableRanges: [number, number][];
  bodyStart: number;
  bodyEnd: number;
  titleSpan: [number, number] | null;
  slips: NumberingSlip[];
}
