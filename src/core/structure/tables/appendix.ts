import { labelKey, readCell, type Token } from '../tokens';
import type { RawTable } from './model';

const UNIT = /^(条|件|项|个|次|人次|人|份|万元|元|期|篇|天|日|%)$/;

/**
 * The statistics appendices of 2008–2018 reports: 「指标 | 单位 | 数量」 followed by rows of
 * label, unit and value. Each becomes table A1, A2, … with rows keyed by their label.
 */
export function readAppendices(tokens: Token[]): RawTable[] {
  const tables: RawTable[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (labelKey(tokens[i].text) !== '指标') continue;
    // 「单位」「数量」 may have run together into one cell (PDF).
    const headerCells = labelKey(tokens[i + 1].text) === '单位数量' ? 1 : labelKey(tokens[i + 1].text) === '单位' && labelKey(tokens[i + 2].text) === '数量' ? 2 : 0;
    if (!headerCells) continue;
    const titleToken = i > 0 && !tokens[i - 1].cell ? tokens[i - 1] : null;
    const rows: RawTable['rows'] = [];
    let j = i + 1 + headerCells;
    while (j < tokens.length) {
      let label = tokens[j];
      let unit: Token | undefined = tokens[j + 1];
      let valueToken = tokens[j + 2];
      let width = 3;
      const glued = /^(.+?)(人次|条|件|项|个|次|份|万元|元|期|篇)$/.exec(labelKey(label?.text ?? ''));
      if (label && glued && unit && !UNIT.test(labelKey(unit.text)) && readCell(unit.text)) {
        // 「…信息数条 | 160」: the unit stuck to the label.
        label = { ...label, text: glued[1], end: label.end - glued[2].length };
        valueToken = unit;
        unit = { ...label, text: glued[2] };
        width = 2;
      }
      if (!label || !unit || !label.cell || !UNIT.test(labelKey(unit.text))) break;
      const labelText = labelKey(label.text);
      if (!labelText || readCell(labelText)?.kind === 'number') break;
      const reading = valueToken ? readCell(valueToken.text) : null;
      if (!valueToken || !reading) {
        rows.push({ key: labelText, label: labelText, labelStart: label.start, labelEnd: label.end, cells: [{ value: null, problem: 'missing', raw: '', start: unit.end, end: unit.end }] });
        j += width - 1;
        break;
      }
      rows.push({
        key: labelText,
        label: labelText,
        labelStart: label.start,
        labelEnd: label.end,
        cells: [
          reading.kind === 'number'
            ? { value: reading.value, problem: null, raw: valueToken.text, start: valueToken.start, end: valueToken.end }
            : { value: null, problem: reading.kind === 'blank' ? 'blank' : 'invalid', raw: valueToken.text, start: valueToken.start, end: valueToken.end },
        ],
      });
      j += width;
    }
    if (rows.length === 0) continue;
    const lastRow = rows[rows.length - 1];
    tables.push({
      id: `A${tables.length + 1}`,
      title: titleToken ? titleToken.text.replace(/^\d+[.、]/, '') : `附表${tables.length + 1}`,
      format: null,
      columns: ['数量'],
      rows,
      start: tokens[i].start,
      end: Math.max(lastRow.labelEnd, lastRow.cells[0].end),
    });
    i = j - 1;
  }
  return tables;
}
