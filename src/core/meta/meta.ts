import type { Meta } from '../types';
import { AGENCY_SUFFIX, issuerKindOf, levelOf } from './agency';
import { regimeForYear } from './regime';

export interface MetaInput {
  /** Repaired text in the original script, boilerplate not blanked (headers carry dates and agencies). */
  repaired: string;
  /** Its Simplified, half-width reading. */
  norm: string;
  /** Simplified text with boilerplate blanked: the body. */
  bodyNorm: string;
  /** Index in the texts where the first level-1 heading starts (or the text length). */
  firstHeading: number;
  encoding: string;
  sourceFormat: Meta['sourceFormat'];
  script: Meta['script'];
}

export interface MetaResult {
  meta: Meta;
  titleSpan: [number, number] | null;
}

interface Line {
  start: number;
  end: number;
  norm: string;
}

function linesOf(norm: string, until: number): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let i = 0; i <= until; i++) {
    if (i === until || norm[i] === '\n') {
      const raw = norm.slice(start, i);
      const lead = raw.length - raw.trimStart().length;
      const t = raw.trim();
      if (t) out.push({ start: start + lead, end: start + lead + t.length, norm: t });
      start = i + 1;
    }
  }
  return out;
}

const TITLE = /((19|20)\d{2})\s*年.{0,40}(报告|总结|年报)|政府信息公开.{0,20}(报告|总结)/;
const META_KEY = /(索引号|生成日期|发布日期|发布时间|成文日期|信息来源|浏览次数|文号|关键字|关键词|所属机构|发布机构|发文机关|主题分类|中文名|类型|地区)\s*:/;
const YEAR = /((?:19|20)\d{2})\s*年度?/g;

function findTitle(lines: Line[]): { start: number; end: number; line: number } | null {
  for (let i = 0; i < Math.min(lines.length, 25); i++) {
    const l = lines[i];
    if (l.norm.length > 90 || l.norm.includes('|') || /^[•·●]/.test(l.norm) || META_KEY.test(l.norm)) continue;
    if (/^[一二三四五六七八九十]+[、.]/.test(l.norm)) break;
    if (!TITLE.test(l.norm)) continue;
    // A title split over two lines: the agency on the first, the year and kind on the second.
    const prev = lines[i - 1];
    if (prev && /^(19|20)\d{2}/.test(l.norm) && AGENCY_SUFFIX.test(prev.norm) && prev.norm.length <= 40 && !prev.norm.includes('|')) {
      return { start: prev.start, end: l.end, line: i };
    }
    return { start: l.start, end: l.end, line: i };
  }
  return null;
}

function agencyFromTitle(titleNorm: string): [number, number] | null {
  const m = /^(.{2,40}?)\s*(19|20)\d{2}\s*年/.exec(titleNorm);
  if (!m) return null;
  const name = m[1].replace(/\s+$/, '');
  return AGENCY_SUFFIX.test(name) ? [0, name.length] : null;
}

function agencyFromHeader(lines: Line[], norm: string): [number, number] | null {
  for (const l of lines.slice(0, 15)) {
    if (META_KEY.test(l.norm) || TITLE.test(l.norm)) continue;
    const cells = l.norm.split('|');
    let offset = l.start;
    for (const cell of cells) {
      const t = cell.trim().replace(/^[•·●]\s*/, '');
      const lead = cell.indexOf(t);
      if (t.length >= 4 && t.length <= 40 && /^[\u4e00-\u9fff()]+$/.test(t) && AGENCY_SUFFIX.test(t)) {
        const s = offset + Math.max(0, lead);
        if (norm.slice(s, s + t.length) === t) return [s, s + t.length];
      }
      offset += cell.length + 1;
    }
  }
  return null;
}

function mostFrequentYear(text: string): number | null {
  const counts = new Map<number, number>();
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    const y = Number(m[1]);
    if (y >= 2000 && y <= 2100) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [y, c] of counts) if (c > bestCount || (c === bestCount && best !== null && y < best)) { best = y; bestCount = c; }
  return best;
}

function isoDate(y: string, m: string, d: string): string | null {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DATE = String.raw`((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})`;

function publicationDate(header: string, bodyNorm: string): string | null {
  const labelled = new RegExp(String.raw`(发布时间|发布日期|成文日期|生成日期|发文日期|印发日期)[\s:|]*` + DATE).exec(header);
  if (labelled) return isoDate(labelled[2], labelled[3], labelled[4]);
  for (const line of header.split('\n')) {
    const m = new RegExp(String.raw`^[•·●\s]*` + DATE + String.raw`\s*日?\s*$`).exec(line.trim());
    if (m) return isoDate(m[1], m[2], m[3]);
  }
  // A signature date on a line of its own near the end of the body.
  const tail = bodyNorm.trimEnd().split('\n').slice(-6);
  for (const line of tail.reverse()) {
    const m = new RegExp(String.raw`^` + DATE + String.raw`\s*日?$`).exec(line.trim());
    if (m) return isoDate(m[1], m[2], m[3]);
  }
  return null;
}

export function extractMeta(input: MetaInput): MetaResult {
  const headerLimit = Math.min(input.norm.length, Math.max(input.firstHeading, 0));
  const lines = linesOf(input.norm, headerLimit);
  const title = findTitle(lines);
  const titleNorm = title ? input.norm.slice(title.start, title.end) : null;
  const titleText = title ? input.repaired.slice(title.start, title.end).replace(/\s*\n\s*/g, '') : null;

  let agencySpan: [number, number] | null = null;
  if (title && titleNorm) {
    const local = agencyFromTitle(titleNorm.replace(/\s*\n\s*/g, ''));
    if (local) {
      // Map back over a possible line break inside a split title.
      const flat = input.norm.slice(title.start, title.end);
      let seen = 0;
      let i = 0;
      for (; i < flat.length && seen < local[1]; i++) if (!/\s/.test(flat[i])) seen++;
      agencySpan = [title.start, title.start + i];
    }
  }
  agencySpan = agencySpan ?? agencyFromHeader(lines, input.norm);
  const agency = agencySpan ? input.repaired.slice(agencySpan[0], agencySpan[1]).replace(/\s+/g, '') : null;
  const agencyNorm = agencySpan ? input.norm.slice(agencySpan[0], agencySpan[1]).replace(/\s+/g, '') : null;

  let reportYear: number | null = null;
  if (titleNorm) {
    const m = /((?:19|20)\d{2})\s*年/.exec(titleNorm);
    if (m) reportYear = Number(m[1]);
  }
  reportYear = reportYear ?? mostFrequentYear(input.bodyNorm);

  const header = input.norm.slice(0, headerLimit);
  let publishedOn = publicationDate(header, input.bodyNorm);
  if (publishedOn && reportYear && Number(publishedOn.slice(0, 4)) < reportYear) publishedOn = null;

  const { regime, format } = regimeForYear(reportYear);
  return {
    meta: {
      title: titleText,
      agency,
      issuerKind: agencyNorm ? issuerKindOf(agencyNorm) : null,
      level: agencyNorm ? levelOf(agencyNorm) : null,
      reportYear,
      publishedOn,
      regime,
      format,
      script: input.script,
      encoding: input.encoding,
      sourceFormat: input.sourceFormat,
    },
    titleSpan: title ? [title.start, title.end] : null,
  };
}
