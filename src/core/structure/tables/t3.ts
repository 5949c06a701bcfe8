import type { Token } from '../tokens';
import { labelKey } from '../tokens';
import type { RawTable } from './model';
import { findLabel, readRow } from './read-row';

import { T3_COLUMNS } from '../../../shared/table-cells';

export { T3_COLUMNS };

interface RowSpec {
  key: string;
  label: string;
  re: RegExp;
  /** Group headings carry no numbers of their own. */
  group?: boolean;
}

const n = (d: number) => `^(${d}[.、]?)?`;

const COMMON_HEAD: RowSpec[] = [
  { key: '一', label: '一、本年新收政府信息公开申请数量', re: /^一[、.]?本年度?新收/ },
  { key: '二', label: '二、上年结转政府信息公开申请数量', re: /^二[、.]?上年度?结转/ },
  { key: '三', label: '三、本年度办理结果', re: /^三[、.]?本年度?办理结果/, group: true },
  { key: '三.一', label: '（一）予以公开', re: /^\(一\)予以公开/ },
  { key: '三.二', label: '（二）部分公开', re: /^\(二\)部分公开/ },
  { key: '三.三', label: '（三）不予公开', re: /^\(三\)不予公开/, group: true },
  { key: '三.三.1', label: '1.属于国家秘密', re: new RegExp(n(1) + '属于国家(秘密|机密)') },
  { key: '三.三.2', label: '2.其他法律行政法规禁止公开', re: new RegExp(n(2) + '其他法律行政法规') },
  { key: '三.三.3', label: '3.危及“三安全一稳定”', re: new RegExp(n(3) + '危及') },
  { key: '三.三.4', label: '4.保护第三方合法权益', re: new RegExp(n(4) + '保护第三方') },
  { key: '三.三.5', label: '5.属于三类内部事务信息', re: new RegExp(n(5) + '属于三类内部事务') },
  { key: '三.三.6', label: '6.属于四类过程性信息', re: new RegExp(n(6) + '属于四类过程性') },
  { key: '三.三.7', label: '7.属于行政执法案卷', re: new RegExp(n(7) + '属于行政执法案卷') },
  { key: '三.三.8', label: '8.属于行政查询事项', re: new RegExp(n(8) + '属于行政查询事项') },
  { key: '三.四', label: '（四）无法提供', re: /^\(四\)无法提供/, group: true },
  { key: '三.四.1', label: '1.本机关不掌握相关政府信息', re: new RegExp(n(1) + '本机关不掌握') },
  { key: '三.四.2', label: '2.没有现成信息需要另行制作', re: new RegExp(n(2) + '没有现成信息') },
  { key: '三.四.3', label: '3.补正后申请内容仍不明确', re: new RegExp(n(3) + '补正后申请内容') },
  { key: '三.五', label: '（五）不予处理', re: /^\(五\)不予处理/, group: true },
  { key: '三.五.1', label: '1.信访举报投诉类申请', re: new RegExp(n(1) + '信访举报投诉') },
  { key: '三.五.2', label: '2.重复申请', re: new RegExp(n(2) + '重复申请') },
  { key: '三.五.3', label: '3.要求提供公开出版物', re: new RegExp(n(3) + '要求提供公开出版物') },
  { key: '三.五.4', label: '4.无正当理由大量反复申请', re: new RegExp(n(4) + '无正当理由大量') },
  { key: '三.五.5', label: '5.要求行政机关确认或重新出具已获取信息', re: new RegExp(n(5) + '要求行政机关确认') },
];

const OTHER_2021: RowSpec[] = [
  { key: '三.六', label: '（六）其他处理', re: /^\(六\)其他处理/, group: true },
  { key: '三.六.1', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', re: new RegExp(n(1) + '申请人无正当理由') },
  { key: '三.六.2', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', re: new RegExp(n(2) + '申请人逾期未按') },
  { key: '三.六.3', label: '3.其他', re: new RegExp(n(3) + '其他$') },
];
const OTHER_2019: RowSpec[] = [{ key: '三.六', label: '（六）其他处理', re: /^\(六\)其他处理/ }];

const TAIL: RowSpec[] = [
  { key: '三.七', label: '（七）总计', re: /^\(七\)总计/ },
  { key: '四', label: '四、结转下年度继续办理', re: /^四[、.]?结转下年度/ },
];

/** The leaf rows under 三 whose sum must equal 三（七）总计. */
export function t3LeafKeys(table: RawTable | { rows: { key: string }[] }): string[] {
  const keys = table.rows.map((r) => r.key);
  return keys.filter((k) => k.startsWith('三.') && k !== '三.七' && !keys.some((other) => other.startsWith(k + '.')));
}

const WINDOW = 40;

/** A group label run into its first row (「三、本年度办理结果(一)予以公开」) also reads as that row. */
function withoutGroupPrefix(text: string): string {
  return text.replace(/^[一二三四][、.]?本年度?办理结果/, '').replace(/^\([三四五六]\)(不予公开|无法提供|不予处理|其他处理)(?=\d)/, '');
}

export function readT3(tokens: Token[]): RawTable | null {
  const keyed = tokens.map((t) => withoutGroupPrefix(labelKey(t.text)));
  const probe = tokens.map((t, i) => ({ ...t, text: keyed[i] }));
  const first = findLabel(probe, COMMON_HEAD[0].re, 0);
  if (first < 0) return null;
  // The 2021 format splits （六） into three rows; the 2019 format gives it numbers directly.
  const sixth = findLabel(probe, /^\(六\)其他处理/, first, first + 400);
  const sixthHasNumbers = sixth >= 0 && readRow(probe, sixth, 7).cells.some((c) => c.problem === null);
  const specs = [...COMMON_HEAD, ...(sixthHasNumbers ? OTHER_2019 : OTHER_2021), ...TAIL];

  const rows: RawTable['rows'] = [];
  let cursor = first;
  let end = tokens[first].end;
  for (const spec of specs) {
    const at = findLabel(probe, spec.re, cursor, cursor + WINDOW);
    if (at < 0) continue;
    cursor = at + 1;
    if (spec.group) {
      rows.push({ key: spec.key, label: spec.label, labelStart: tokens[at].start, labelEnd: tokens[at].end, cells: [] });
      continue;
    }
    const row = readRow(probe, at, T3_COLUMNS.length);
    rows.push({ key: spec.key, label: spec.label, labelStart: tokens[at].start, labelEnd: tokens[at].end, cells: row.cells });
    cursor = Math.max(cursor, row.next);
    for (const c of row.cells) if (c.problem !== 'missing') end = Math.max(end, c.end);
  }
  const valued = rows.filter((r) => r.cells.length > 0);
  if (valued.length < 4) return null;
  return {
    id: 'T3',
    title: '收到和处理政府信息公开申请情况',
    format: sixthHasNumbers ? '2019-60' : '2021-30',
    columns: T3_COLUMNS,
    rows,
    start: tokens[first].start,
    end,
  };
}
