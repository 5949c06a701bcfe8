import type { IssuerKind, Level } from '../types';

export const AGENCY_SUFFIX = /(人民政府|政府|办公厅|办公室|委员会|管理委员会|局|厅|委|办|院|署|部|中心|总队|支队|大队|队|站|所|馆|处|司|会|社|街道办事处|办事处)$/;

const MUNICIPALITIES = /^(北京市|天津市|上海市|重庆市)/;
const ADMIN_UNIT = /^[\u4e00-\u9fff]{1,10}?(特别行政区|自治区|省|自治州|地区|盟|市(?![场容政民直属辖])|自治县|县(?!级)|旗|区(?![域划])|乡|镇|街道(?!办事处$))/;

export function adminPrefix(agency: string): { units: string[]; rest: string } {
  const units: string[] = [];
  let rest = agency;
  for (let guard = 0; guard < 5; guard++) {
    const m = ADMIN_UNIT.exec(rest);
    if (!m || m[0].length === rest.length) break;
    units.push(m[1]);
    rest = rest.slice(m[0].length);
  }
  return { units, rest };
}

export function levelOf(agencyNorm: string): Level | null {
  if (/^(国务院|国家|中华人民共和国|中国)/.test(agencyNorm)) return 'national';
  if (MUNICIPALITIES.test(agencyNorm)) {
    const after = adminPrefix(agencyNorm.slice(3)).units;
    if (after.length === 0) return 'province';
    agencyNorm = agencyNorm.slice(3);
  }
  const { units } = adminPrefix(agencyNorm);
  const last = units[units.length - 1];
  if (!last) return /(部|总局|署)$/.test(agencyNorm) ? 'national' : null;
  if (last === '省' || last === '自治区' || last === '特别行政区') return 'province';
  if (last === '市' || last === '自治州' || last === '地区' || last === '盟') return 'city';
  if (last === '县' || last === '自治县' || last === '旗' || last === '区') return 'county';
  return 'township';
}

export function issuerKindOf(agencyNorm: string): IssuerKind {
  if (/政府(办公厅|办公室)$/.test(agencyNorm)) return 'department';
  if (/(人民政府|政府|街道办事处|管理委员会)$/.test(agencyNorm)) return 'government';
  return 'department';
}
