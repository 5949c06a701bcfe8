import type { Token } from '../tokens';
import { labelKey } from '../tokens';
import type { RawTable } from './model';
import { readRow } from './read-row';

export const T4_GROUPS = ['行政复议', '行政诉讼.未经复议直接起诉', '行政诉讼.复议后起诉'];
export { T4_COLUMNS } from '../../../shared/table-cells';
import { T4_COLUMNS } from '../../../shared/table-cells';

/** T4 has one row of fifteen numbers under a two-level header; the header is checked, then read. */
export function readT4(tokens: Token[]): RawTable | null {
  for (let i = 0; i < tokens.length; i++) {
    if (labelKey(tokens[i].text) !== '行政复议') continue;
    const near = tokens.slice(i + 1, i + 5).some((t) => labelKey(t.text) === '行政诉讼');
    if (!near) continue;
    let j = i + 1;
    const header: string[] = [];
    while (j < tokens.length && j < i + 60) {
      const key = labelKey(tokens[j].text);
      if (/^[-−+]?\d+(\.\d+)?$/.test(key)) break;
      if (key) header.push(key);
      j++;
    }
    // Narrow columns wrap 「结果/维持」 in PDFs, so the header is checked by what survives wrapping.
    const upheld = header.filter((h) => h === '结果维持').length;
    const totals = header.join('|').split('总计').length - 1;
    const litigationGroups = header.some((h) => h.includes('未经复议直接起诉')) && header.some((h) => h.includes('复议后起诉'));
    if (!litigationGroups || (upheld < 3 && totals < 3)) continue;
    const probe = tokens.map((t) => ({ ...t, text: labelKey(t.text) }));
    const row = readRow(probe, j - 1, 15);
    const rows = T4_GROUPS.map((key, g) => ({
      key,
      label: key.replace('.', ' · '),
      labelStart: tokens[i].start,
      labelEnd: tokens[i].end,
      cells: row.cells.slice(g * 5, g * 5 + 5),
    }));
    const last = row.cells.filter((c) => c.problem !== 'missing').pop();
    return {
      id: 'T4',
      title: '政府信息公开行政复议、行政诉讼情况',
      format: null,
      columns: T4_COLUMNS,
      rows,
      start: tokens[i].start,
      end: last ? last.end : tokens[j - 1].end,
    };
  }
  return null;
}
