import type { SectionKey } from '../types';

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

export function chineseNumber(s: string): number {
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + (CN_DIGITS[s[1]] ?? 0);
  if (s.includes('十')) {
    const [tens, ones] = s.split('十');
    return (CN_DIGITS[tens] ?? 1) * 10 + (ones ? CN_DIGITS[ones] ?? 0 : 0);
  }
  return CN_DIGITS[s] ?? 0;
}

export interface HeadingMarker {
  level: number;
  ordinal: number;
  /** Length of the numbering marker including the separator and following spaces. */
  markerLength: number;
}

const LEVEL_PATTERNS: { level: number; re: RegExp; cn: boolean }[] = [
  { level: 1, re: /^([一二三四五六七八九十]{1,3})\s*[、.]\s*(?=[^\s、.,)])/, cn: true },
  { level: 2, re: /^\(\s*([一二三四五六七八九十]{1,3})\s*\)\s*[、.]?\s*(?=[^\s,)])/, cn: true },
  { level: 3, re: /^(\d{1,2})\s*[.、](?!\d)\s*(?=[\u3400-\u9fff《“"])/, cn: false },
  { level: 4, re: /^\(\s*(\d{1,2})\s*\)\s*(?=[\u3400-\u9fff《“"])/, cn: false },
];

export function matchMarker(text: string): HeadingMarker | null {
  for (const p of LEVEL_PATTERNS) {
    const m = p.re.exec(text);
    if (!m) continue;
    const ordinal = p.cn ? chineseNumber(m[1]) : Number(m[1]);
    if (ordinal <= 0) continue;
    return { level: p.level, ordinal, markerLength: m[0].length };
  }
  return null;
}

/** Canonical section keys, first match wins; run on the Simplified heading text. */
const KEY_RULES: [SectionKey, RegExp][] = [
  ['other', /其他需要报告|其它需要报告/],
  ['review-litigation', /复议|诉讼/],
  ['fees', /收费|费用|支出/],
  ['requests', /依申请|收到和处理.*申请|申请公开|受理申请|申请情况/],
  ['active', /主动公开/],
  ['problems', /问题|不足|改进/],
  ['plans', /工作打算|下一步|工作计划|工作思路|工作安排|工作重点|今后/],
  ['overview', /^概述|总体情况|基本情况|概况|总体工作/],
  ['organization', /机构建设|组织建设|机制建设|制度建设|工作制度|组织领导/],
  ['appendix', /附表|附件|说明与附/],
];

export function sectionKeyOf(headingNorm: string): SectionKey | null {
  for (const [key, re] of KEY_RULES) if (re.test(headingNorm)) return key;
  return null;
}
