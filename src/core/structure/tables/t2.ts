import type { NationalFormat } from '../../types';
import type { Token } from '../tokens';
import { labelKey, readCell } from '../tokens';
import type { RawTable } from './model';
import { findLabel, readRow } from './read-row';

interface BlockSpec {
  item: string;
  rows: { name: string; re: RegExp }[];
}

/** Article 20 blocks of the active-disclosure table and the rows each may hold. */
const BLOCKS: BlockSpec[] = [
  { item: '一', rows: [{ name: '规章', re: /^规章$/ }, { name: '规范性文件', re: /^(行政)?规范性文件$/ }] },
  { item: '五', rows: [{ name: '行政许可', re: /^行政许可$/ }, { name: '其他对外管理服务事项', re: /^其他对外管理服务事项$/ }] },
  { item: '六', rows: [{ name: '行政处罚', re: /^行政处罚$/ }, { name: '行政强制', re: /^行政强制$/ }] },
  { item: '八', rows: [{ name: '行政事业性收费', re: /^行政事业性收费$/ }] },
  { item: '九', rows: [{ name: '政府集中采购', re: /^政府集中采购$/ }] },
];

const ANCHOR = /^第二十条第\((一|五|六|八|九)\)项$/;

function formatOfColumns(columns: string[]): NationalFormat | null {
  if (columns.some((c) => c.includes('本年制发件数') || c.includes('现行有效件数'))) return '2021-30';
  if (columns.some((c) => c.includes('本年新制作数量') || c.includes('本年新公开数量') || c.includes('对外公开总数量'))) return '2019-60';
  return null;
}

export function readT2(tokens: Token[]): RawTable | null {
  const probe = tokens.map((t) => ({ ...t, text: labelKey(t.text) }));
  const anchors: number[] = [];
  for (let i = 0; i < probe.length; i++) if (ANCHOR.test(probe[i].text)) anchors.push(i);
  if (anchors.length === 0) return null;

  const rows: RawTable['rows'] = [];
  const columnsByBlock: string[] = [];
  let format: NationalFormat | null = null;
  let end = tokens[anchors[0]].end;
  anchors.forEach((at, n) => {
    const item = ANCHOR.exec(probe[at].text)![1];
    const spec = BLOCKS.find((b) => b.item === item)!;
    const limit = n + 1 < anchors.length ? anchors[n + 1] : at + 40;
    const firstRow = Math.min(...spec.rows.map((r) => findLabel(probe, r.re, at + 1, limit)).filter((i) => i >= 0));
    if (!Number.isFinite(firstRow)) return;
    const columns = probe.slice(at + 1, firstRow).map((t) => t.text).filter((t) => t && t !== '信息内容');
    format = format ?? formatOfColumns(columns);
    columnsByBlock.push(`第二十条第（${item}）项: ${columns.join(' / ')}`);
    for (const r of spec.rows) {
      const li = findLabel(probe, r.re, at + 1, limit);
      if (li < 0) continue;
      // Header cells may have run together in a PDF; the figures after the label tell the width.
      let figures = 0;
      while (figures < 6 && readCell(probe[li + 1 + figures]?.text ?? 'x')?.kind === 'number') figures++;
      const read = readRow(probe, li, Math.max(1, columns.length, figures));
      rows.push({ key: `${item}.${r.name}`, label: `（${item}）${r.name}`, labelStart: tokens[li].start, labelEnd: tokens[li].end, cells: read.cells, columns });
      for (const c of read.cells) if (c.problem !== 'missing') end = Math.max(end, c.end);
    }
  });
  if (rows.length === 0) return null;
  return { id: 'T2', title: '主动公开政府信息情况', format, columns: columnsByBlock, rows, start: tokens[anchors[0]].start, end };
}
