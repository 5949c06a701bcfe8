import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { convertScript } from '../normalize/script';
import type { Analysis } from '../types';
import { analyzeText, failed, seedText, statusOf } from './seeds';

const SEEDS = ['000', '001', '002', '003', '004'];
const FIXTURES = join(import.meta.dirname, '../__fixtures__');

/** The parts of an analysis that must not depend on how the file was stored. */
function essence(a: Analysis) {
  const { encoding: _e, sourceFormat: _f, ...meta } = a.meta;
  return {
    meta,
    sections: a.sections.map((s) => [s.heading, s.level, s.key, s.start, s.end]),
    tables: a.tables.map((t) => [t.id, t.cells]),
    items: a.items.map((i) => [i.id, i.status, i.evidence.map((e) => [e.start, e.end])]),
    checks: a.checks.map((c) => [c.id, c.ok, c.cells]),
  };
}

const verdicts = (a: Analysis) => ({
  items: a.items.map((i) => [i.id, i.status]),
  checks: a.checks.map((c) => [c.id, c.ok, c.cells]),
});

describe('encodings', () => {
  for (const seed of SEEDS) {
    const text = seedText(seed);
    const reference = essence(analyzeText(text));

    it(`seed ${seed}: UTF-8 with BOM, UTF-16 LE with BOM and GB18030 give the same analysis`, () => {
      const variants: [string, Buffer][] = [
        ['utf-8', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
        ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
        ['gb18030', iconv.encode(text, 'gb18030')],
      ];
      for (const [encoding, bytes] of variants) {
        const a = analyze(bytes, `${seed}.txt`);
        expect(a.meta.encoding, encoding).toBe(encoding);
        expect(essence(a), encoding).toEqual(reference);
      }
    });

    const big5 = iconv.encode(text, 'big5');
    if (iconv.decode(big5, 'big5') === text) {
      it(`seed ${seed}: Big5 gives the same analysis`, () => {
        const a = analyze(big5, `${seed}.txt`);
        expect(a.meta.encoding).toBe('big5');
        expect(essence(a)).toEqual(reference);
      });
    }
  }

  it('at least the Traditional seeds without simplified-only characters round-trip through Big5', () => {
    const encodable = SEEDS.filter((s) => iconv.decode(iconv.encode(seedText(s), 'big5'), 'big5') === seedText(s));
    expect(encodable.length).toBeGreaterThanOrEqual(1);
  });
});

describe('scripts', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed} converted wholesale to the other script keeps its statuses and checks`, () => {
      const original = analyzeText(seedText(seed));
      const target = original.meta.script === 'simplified' ? 'traditional' : 'simplified';
      const converted = analyzeText(convertScript(seedText(seed), target));
      expect(converted.meta.script).toBe(target);
      expect(verdicts(converted)).toEqual(verdicts(original));
      expect(converted.meta.reportYear).toBe(original.meta.reportYear);
      expect(converted.sections.length).toBe(original.sections.length);
    });
  }
});

describe('saved web pages', () => {
  const flat = analyzeText(seedText('001'));
  const page = analyze(readFileSync(join(FIXTURES, '001-tables.html')), '001-tables.html');

  it('reads real <table>s into the same tables and checks as the flattened text', () => {
    expect(page.meta.sourceFormat).toBe('html');
    expect(page.tables.map((t) => [t.id, t.cells])).toEqual(flat.tables.map((t) => [t.id, t.cells]));
    expect(page.checks.map((c) => [c.id, c.ok, c.cells])).toEqual(flat.checks.map((c) => [c.id, c.ok, c.cells]));
    expect(page.items.map((i) => [i.id, i.status])).toEqual(flat.items.map((i) => [i.id, i.status]));
  });

  it('drops scripts, navigation and the site footer and never runs the page', () => {
    expect(page.text).not.toContain('window.location');
    expect(page.text).not.toContain('注入的脚本文字');
    expect(page.text).not.toContain('首页');
    expect(page.text).not.toContain('网站标识码');
  });

  it('reads the 2019-60 format tables of a 2020 report', () => {
    const old = analyze(readFileSync(join(FIXTURES, '001-format-2019.html')), '001-format-2019.html');
    expect(old.meta).toMatchObject({ reportYear: 2020, regime: '2019', format: '2019-60' });
    const t2 = old.tables.find((t) => t.id === 'T2')!;
    const t3 = old.tables.find((t) => t.id === 'T3')!;
    expect(t2.format).toBe('2019-60');
    expect(t2.cells['五.行政许可']).toEqual([12, 2, 20]);
    expect(t2.cells['九.政府集中采购']).toEqual([6, 120.5]);
    expect(t3.format).toBe('2019-60');
    expect(t3.cells['三.六']).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(t3.cells['三.六.1']).toBeUndefined();
    expect(failed(old, 'T3-RESULTS-SUM')).toEqual([]);
    expect(statusOf(old, 'R19-F')).toBe('present');
  });

  it('a 2021 report using the 2019-60 tables is a format finding', () => {
    const html = readFileSync(join(FIXTURES, '001-format-2019.html'), 'utf8').replace(/2020年/g, '2021年');
    const a = analyze(Buffer.from(html), 'wrong-format.html');
    expect(a.meta.format).toBe('2021-30');
    expect(statusOf(a, 'R19-F')).toBe('partial');
    expect(a.items.find((i) => i.id === 'R19-F')!.reason).toMatch(/2019-60/);
  });

  it('honours a GBK page that declares its charset', () => {
    const html = `<html><head><meta charset="gbk"></head><body><p>示例县人民政府2021年政府信息公开工作年度报告</p><p>一、总体情况</p><p>主动公开政府信息120条。</p><p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p><p>本年未收到政府信息公开申请。</p></body></html>`;
    const a = analyze(iconv.encode(html, 'gbk'), 'page.htm');
    expect(a.meta.encoding).toBe('gb18030');
    expect(a.meta.agency).toBe('示例县人民政府');
    expect(a.meta.issuerKind).toBe('government');
    expect(a.meta.level).toBe('county');
    expect(statusOf(a, 'R19-5G')).toBe('missing');
  });
});

describe('mutations are caught', () => {
  it('changing one number in seed 001 T3 fails the right arithmetic checks and names the cells', () => {
    const text = seedText('001');
    // 三（一）予以公开, 自然人: 15 → 14 (the first "15 |" line after the row label).
    const label = text.indexOf('(一)予以公開 |');
    const at = text.indexOf('15 |', label);
    const mutated = text.slice(0, at) + '14 |' + text.slice(at + 4);
    const a = analyzeText(mutated);
    const rowTotal = failed(a, 'T3-ROW-TOTAL');
    expect(rowTotal).toHaveLength(1);
    expect(rowTotal[0].cells).toContain('T3:三.一:自然人');
    expect(rowTotal[0].cells).toContain('T3:三.一:总计');
    const resultsSum = failed(a, 'T3-RESULTS-SUM');
    expect(resultsSum).toHaveLength(1);
    expect(resultsSum[0].cells).toContain('T3:三.一:自然人');
    expect(resultsSum[0].cells).toContain('T3:三.七:自然人');
    expect(resultsSum[0].message).toMatch(/自然人/);
    expect(a.text.slice(rowTotal[0].evidence[0].start, rowTotal[0].evidence[0].end)).toBe('14');
    expect(failed(a, 'T3-BALANCE')).toEqual([]);
  });

  it('changing the new-applications total breaks the balance of the 总计 column', () => {
    const text = seedText('001');
    const label = text.indexOf('一、本年新收政府信息公開申請數量 |');
    const at = text.indexOf('25 |', label);
    const a = analyzeText(text.slice(0, at) + '26 |' + text.slice(at + 4));
    const balance = failed(a, 'T3-BALANCE');
    expect(balance).toHaveLength(1);
    expect(balance[0].cells).toEqual(['T3:一:总计', 'T3:二:总计', 'T3:三.七:总计', 'T3:四:总计']);
    expect(failed(a, 'T3-ROW-TOTAL')[0].cells).toContain('T3:一:总计');
  });

  it('a wrong T4 subtotal is caught', () => {
    const text = seedText('001');
    const t4 = text.indexOf('四、政府信息公開行政復議、行政訴訟情況');
    const lastRow = text.indexOf('\n1 |\n0 |\n0 |\n0 |\n1 |', t4);
    const a = analyzeText(text.slice(0, lastRow) + '\n1 |\n0 |\n0 |\n0 |\n2 |' + text.slice(lastRow + '\n1 |\n0 |\n0 |\n0 |\n1 |'.length));
    const [sub] = failed(a, 'T4-SUBTOTAL');
    expect(sub.cells).toContain('T4:行政诉讼.未经复议直接起诉:总计');
  });

  it('deleting a section turns its item missing', () => {
    const text = seedText('001');
    const a = analyzeText(text.slice(0, text.indexOf('六、其他需要報告的事項')));
    expect(statusOf(a, 'R19-6')).toBe('missing');
    const b = analyzeText(text.slice(0, text.indexOf('四、政府信息公開行政復議')) + text.slice(text.indexOf('五、存在的主要問題')));
    expect(statusOf(b, 'R19-4')).toBe('missing');
    expect(b.checks.some((c) => c.id === 'T4-SUBTOTAL')).toBe(false);
    const withoutReview = seedText('000');
    const c = analyzeText(withoutReview.slice(0, withoutReview.indexOf('五、複議')) + withoutReview.slice(withoutReview.indexOf('六、12333')));
    expect(statusOf(c, 'R07-4')).toBe('missing');
  });

  it('adding a fee statement to seed 004 makes R07-3 present', () => {
    const text = seedText('004');
    expect(statusOf(analyzeText(text), 'R07-3')).toBe('missing');
    const withFees = text.replace('2008年全年未接到申请。', '2008年全年未接到申请。本年度未向申请人收取任何费用。');
    const a = analyzeText(withFees);
    expect(statusOf(a, 'R07-3')).toBe('present');
    expect(a.items.find((i) => i.id === 'R07-3')!.evidence.map((e) => e.quote).join()).toContain('未向申请人收取任何费用');
  });

  it('a 2019-regime government report without the assessment item gets R19-5G missing, a department not-applicable', () => {
    const text = seedText('001').replace(/宿遷市人力資源和社會保障局/g, '宿遷市人民政府');
    const a = analyzeText(text);
    expect(a.meta.issuerKind).toBe('government');
    expect(statusOf(a, 'R19-5G')).toBe('missing');
    expect(statusOf(analyzeText(seedText('001')), 'R19-5G')).toBe('not-applicable');
  });
});

describe('deadlines', () => {
  it('a department publishing a 2021 report in March misses the 31 January deadline of Art. 49', () => {
    const text = seedText('001') + '\n宿遷市人力資源和社會保障局\n2022年3月15日\n';
    const a = analyzeText(text);
    expect(a.meta.publishedOn).toBe('2022-03-15');
    expect(statusOf(a, 'R19-D')).toBe('missing');
    const early = analyzeText(seedText('001') + '\n2022年1月20日\n');
    expect(statusOf(early, 'R19-D')).toBe('present');
  });
});
