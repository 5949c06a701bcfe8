import { describe, expect, it } from 'vitest';
import { analyzeSeed, failed, ran, statusOf, topHeadings } from './seeds';

/** What SEEDS-EXPECTED.md says a careful reviewer finds in each seed. */

describe('seed 000 — 河北省人力资源和社会保障厅 2013', () => {
  const a = analyzeSeed('000');

  it('reads the metadata', () => {
    expect(a.meta).toMatchObject({
      agency: '河北省人力資源和社會保障廳',
      issuerKind: 'department',
      level: 'province',
      reportYear: 2013,
      publishedOn: null,
      regime: '2007',
      format: null,
      script: 'traditional',
    });
  });

  it('drops the encyclopedia box and the footer from the review text', () => {
    const dropped = a.boilerplate.map((s) => a.text.slice(s.start, s.end)).join('\n');
    for (const furniture of ['基本介紹', '中文名', '類型', '地區', '相關詞條', '熱門詞條', '聯絡我們']) expect(dropped).toContain(furniture);
    expect(dropped).not.toContain('一、概述');
  });

  it('finds the seven sections', () => {
    expect(topHeadings(a)).toEqual([
      '一、概述',
      '二、政府信息公開機構建設情況',
      '三、主動公開政府信息情況',
      '四、依申請公開政府信息情況',
      '五、複議、訴訟和申訴舉報等情況',
      '六、12333電話諮詢服務熱線和網路互動受理情況',
      '七、主要問題和改進措施',
    ]);
  });

  it('gives each item its status', () => {
    expect(statusOf(a, 'R07-1')).toBe('present');
    expect(statusOf(a, 'R07-2')).toBe('present');
    expect(statusOf(a, 'R07-3')).toBe('present');
    expect(statusOf(a, 'R07-4')).toBe('present');
    expect(statusOf(a, 'R07-5')).toBe('present');
    expect(statusOf(a, 'R07-6')).toBe('missing');
    expect(statusOf(a, 'R07-D')).toBe('not-applicable');
  });

  it('finds the fee statement inside section 四 as evidence', () => {
    const fees = a.items.find((i) => i.id === 'R07-3')!;
    expect(fees.evidence.map((e) => e.quote).join()).toMatch(/收費/);
    const section4 = a.sections.find((s) => s.heading.startsWith('四、'))!;
    expect(fees.evidence.some((e) => e.start >= section4.start && e.end <= section4.end)).toBe(true);
  });

  it('finds no prose-sum or declared-structure problem', () => {
    expect(ran(a, 'TXT-SUM').length).toBeGreaterThan(0);
    expect(failed(a, 'TXT-SUM')).toEqual([]);
    expect(ran(a, 'STRUCT-DECLARED')).toHaveLength(1);
    expect(failed(a, 'STRUCT-DECLARED')).toEqual([]);
  });
});

describe('seed 001 — 宿迁市人力资源和社会保障局 2021', () => {
  const a = analyzeSeed('001');
  const t2 = a.tables.find((t) => t.id === 'T2')!;
  const t3 = a.tables.find((t) => t.id === 'T3')!;
  const t4 = a.tables.find((t) => t.id === 'T4')!;

  it('reads the metadata', () => {
    expect(a.meta).toMatchObject({
      agency: '宿遷市人力資源和社會保障局',
      issuerKind: 'department',
      level: 'city',
      reportYear: 2021,
      publishedOn: null,
      regime: '2019',
      format: '2021-30',
      script: 'traditional',
    });
  });

  it('finds the six sections and ignores photo captions and the share footer', () => {
    expect(topHeadings(a)).toEqual([
      '一、總體情況',
      '二、主動公開政府信息情況',
      '三、收到和處理政府信息公開申請情況',
      '四、政府信息公開行政復議、行政訴訟情況',
      '五、存在的主要問題及改進情況',
      '六、其他需要報告的事項',
    ]);
    const all = a.sections.map((s) => s.heading);
    expect(all).not.toContain('健全政務公開制度體系');
    expect(all).not.toContain('政務公開開放日活動');
    expect(a.boilerplate.some((s) => a.text.slice(s.start, s.end).includes('掃一掃在手機打開當前頁'))).toBe(true);
  });

  it('rebuilds T2', () => {
    expect(t2.format).toBe('2021-30');
    expect(t2.cells['一.规章']).toEqual([0, 0, 0]);
    expect(t2.cells['一.规范性文件']).toEqual([2, 1, 35]);
    expect(t2.cells['五.行政许可']).toEqual([14]);
    expect(t2.cells['六.行政处罚']).toEqual([0]);
    expect(t2.cells['六.行政强制']).toEqual([0]);
    expect(t2.cells['八.行政事业性收费']).toEqual([4816.34]);
  });

  it('rebuilds T3 row by row', () => {
    const zero = [0, 0, 0, 0, 0, 0, 0];
    expect(t3.format).toBe('2021-30');
    expect(t3.cells['一']).toEqual([21, 0, 0, 0, 4, 0, 25]);
    expect(t3.cells['二']).toEqual(zero);
    expect(t3.cells['三.一']).toEqual([15, 0, 0, 0, 1, 0, 16]);
    expect(t3.cells['三.二']).toEqual([3, 0, 0, 0, 1, 0, 4]);
    expect(t3.cells['三.三.8']).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(t3.cells['三.四.1']).toEqual([2, 0, 0, 0, 2, 0, 4]);
    expect(t3.cells['三.七']).toEqual([21, 0, 0, 0, 4, 0, 25]);
    expect(t3.cells['四']).toEqual(zero);
    const special = new Set(['一', '三.一', '三.二', '三.三.8', '三.四.1', '三.七']);
    const leaves = Object.keys(t3.cells).filter((k) => !special.has(k));
    expect(leaves).toHaveLength(2 + 7 + 2 + 5 + 3);
    for (const k of leaves) expect(t3.cells[k], k).toEqual(zero);
  });

  it('rebuilds T4', () => {
    expect(t4.cells['行政复议']).toEqual([0, 0, 0, 0, 0]);
    expect(t4.cells['行政诉讼.未经复议直接起诉']).toEqual([1, 0, 0, 0, 1]);
    expect(t4.cells['行政诉讼.复议后起诉']).toEqual([0, 0, 0, 0, 0]);
  });

  it('gives each item its status', () => {
    for (const id of ['R19-1', 'R19-2', 'R19-3', 'R19-4', 'R19-5', 'R19-6', 'R19-F']) expect(statusOf(a, id), id).toBe('present');
    expect(statusOf(a, 'R19-5G')).toBe('not-applicable');
    expect(statusOf(a, 'R19-D')).toBe('not-applicable');
  });

  it('lists items in checklist order', () => {
    expect(a.items.map((i) => i.id)).toEqual(['R19-1', 'R19-2', 'R19-3', 'R19-4', 'R19-5', 'R19-5G', 'R19-6', 'R19-D', 'R19-F']);
  });

  it('finds the table arithmetic sound', () => {
    for (const id of ['T3-BALANCE', 'T3-RESULTS-SUM', 'T3-ROW-TOTAL', 'T4-SUBTOTAL']) {
      expect(ran(a, id).length, id).toBeGreaterThan(0);
      expect(failed(a, id), id).toEqual([]);
    }
  });

  it('flags the prose figures that contradict T3', () => {
    const findings = failed(a, 'TXT-TABLE');
    const cells = findings.flatMap((f) => f.cells);
    expect(cells).toContain('T3:三.一:总计');
    expect(cells).toContain('T3:三.二:总计');
    const disclosed = findings.find((f) => f.cells.includes('T3:三.一:总计'))!;
    expect(disclosed.message).toMatch(/15/);
    expect(disclosed.message).toMatch(/16/);
    expect(a.text.slice(disclosed.evidence[0].start, disclosed.evidence[0].end)).toContain('予以公開15件');
    const section3 = a.sections.find((s) => s.heading.startsWith('三、'))!;
    expect(disclosed.evidence[0].start).toBeGreaterThanOrEqual(section3.start);
    expect(disclosed.evidence[0].end).toBeLessThanOrEqual(section3.end);
  });

  it('flags the prose breakdown that does not add up', () => {
    const [sum] = failed(a, 'TXT-SUM');
    expect(sum).toBeDefined();
    expect(sum.message).toMatch(/23/);
    expect(sum.message).toMatch(/25/);
    expect(failed(a, 'TXT-SUM')).toHaveLength(1);
  });

  it('finds the statistics period stated', () => {
    expect(ran(a, 'DOC-PERIOD')).toHaveLength(1);
    expect(failed(a, 'DOC-PERIOD')).toEqual([]);
  });
});

describe('seed 002 — 靖远县人力资源和社会保障局 2016 (damaged conversion)', () => {
  const a = analyzeSeed('002');

  it('reads the author, not the publishing platform, and the page date', () => {
    expect(a.meta).toMatchObject({
      agency: '靖遠縣人力資源和社會保障局',
      issuerKind: 'department',
      level: 'county',
      reportYear: 2016,
      publishedOn: '2017-01-06',
      regime: '2007',
      script: 'traditional',
    });
  });

  it('finds headings run into one paragraph, with the pinyin repaired', () => {
    expect(topHeadings(a)).toEqual([
      '一、概述',
      '二、主動公開政府信息情況',
      '三、依申請公開政府信息情況',
      '四、政府信息公開支出與收費情況',
      '五、復議、訴訟和申訴情況',
      '六、主要問題和改進措施',
      '七、2017年工作打算',
    ]);
  });

  it('keeps offsets into the damaged original', () => {
    const s = a.sections.find((x) => x.heading.startsWith('二、'))!;
    expect(a.text.slice(s.start, s.headingEnd)).toBe('二、主動(dòng)公開政府信息情況');
  });

  it('drops the index-number header', () => {
    const dropped = a.boilerplate.map((s) => a.text.slice(s.start, s.end)).join('\n');
    expect(dropped).toContain('索??引??號(hào)');
    expect(dropped).toContain('瀏覽次數(shù)');
  });

  it('gives each item its status', () => {
    expect(statusOf(a, 'R07-1')).toBe('present');
    expect(statusOf(a, 'R07-2')).toBe('present');
    expect(statusOf(a, 'R07-3')).toBe('partial');
    expect(statusOf(a, 'R07-4')).toBe('present');
    expect(statusOf(a, 'R07-5')).toBe('present');
    expect(statusOf(a, 'R07-6')).toBe('missing');
    expect(statusOf(a, 'R07-D')).toBe('present');
  });

  it('finds the prose sums holding', () => {
    expect(failed(a, 'TXT-SUM')).toEqual([]);
  });
});

describe('seed 003 — 郑州市人力资源和社会保障局 2017 (a work summary)', () => {
  const a = analyzeSeed('003');

  it('reads the metadata', () => {
    expect(a.meta).toMatchObject({
      agency: '郑州市人力资源和社会保障局',
      issuerKind: 'department',
      level: 'city',
      reportYear: 2017,
      publishedOn: '2018-03-05',
      regime: '2007',
      script: 'simplified',
    });
  });

  it('flags the title as a work summary', () => {
    const [title] = failed(a, 'DOC-TITLE');
    expect(title.severity).toBe('warning');
    expect(title.message).toMatch(/总结/);
  });

  it('finds four sections; the slipped 「三、」 under 四 is a numbering finding, not a fifth section', () => {
    expect(topHeadings(a)).toEqual(['一、工作制度机制建设情况', '二、政务信息公开工作开展情况', '三、存在的问题', '四、下一步工作']);
    const sub = a.sections.filter((s) => s.level === 2).map((s) => s.heading.slice(0, 3));
    expect(sub).toEqual(['(一)', '(二)', '(三)', '(四)', '(五)']);
    const [slip] = failed(a, 'STRUCT-NUMBERING');
    expect(slip.severity).toBe('info');
    expect(slip.evidence[0].quote).toMatch(/^三、提高/);
  });

  it('gives each item its status', () => {
    expect(statusOf(a, 'R07-1')).toBe('present');
    expect(statusOf(a, 'R07-2')).toBe('partial');
    expect(statusOf(a, 'R07-3')).toBe('missing');
    expect(statusOf(a, 'R07-4')).toBe('partial');
    expect(statusOf(a, 'R07-5')).toBe('present');
    expect(statusOf(a, 'R07-6')).toBe('missing');
    expect(statusOf(a, 'R07-D')).toBe('present');
  });

  it('drops the bullet header and the site footer', () => {
    const dropped = a.boilerplate.map((s) => a.text.slice(s.start, s.end)).join('\n');
    expect(dropped).toContain('553165075/2018-00033');
    expect(dropped).toContain('主办单位');
  });
});

describe('seed 004 — 衡阳市劳动和社会保障局 2008', () => {
  const a = analyzeSeed('004');

  it('joins the title split over two lines', () => {
    expect(a.meta.title).toBe('衡阳市劳动和社会保障局2008年政府信息公开年度报告');
    expect(a.meta).toMatchObject({ agency: '衡阳市劳动和社会保障局', issuerKind: 'department', level: 'city', reportYear: 2008, publishedOn: null, regime: '2007', script: 'simplified' });
  });

  it('finds the three sections and their sub-headings', () => {
    expect(topHeadings(a)).toEqual(['一、概述', '二、主动公开政府信息情况', '三、说明与附表']);
    const overview = a.sections.find((s) => s.heading === '一、概述')!;
    const inside = a.sections.filter((s) => s.start > overview.start && s.end <= overview.end);
    expect(inside.filter((s) => s.level === 2).map((s) => s.heading)).toEqual(['(一)深化政府信息公开内容', '(二)完善政府信息公开配套工作']);
    expect(inside.filter((s) => s.level === 3).length).toBeGreaterThanOrEqual(9);
  });

  it('gives each item its status', () => {
    expect(statusOf(a, 'R07-1')).toBe('present');
    expect(statusOf(a, 'R07-2')).toBe('present');
    expect(statusOf(a, 'R07-3')).toBe('missing');
    expect(statusOf(a, 'R07-4')).toBe('missing');
    expect(['present', 'partial']).toContain(statusOf(a, 'R07-5'));
    expect(statusOf(a, 'R07-6')).toBe('missing');
    expect(statusOf(a, 'R07-D')).toBe('not-applicable');
  });

  it('reads the three appendix tables and flags the blank cell', () => {
    const appendices = a.tables.filter((t) => t.id.startsWith('A'));
    expect(appendices).toHaveLength(3);
    expect(appendices[0].cells['主动公开信息数']).toEqual([160]);
    expect(appendices[1].cells['申请总数']).toEqual([0]);
    expect(appendices[2].cells['网站专栏页面访问量']).toEqual([1363546]);
    const [blank] = failed(a, 'T-CELLS');
    expect(blank.cells).toEqual(['A1:新增的行政规范性文件数:数量']);
  });

  it('finds the prose figures matching the tables', () => {
    expect(ran(a, 'TXT-TABLE').length).toBeGreaterThan(0);
    expect(failed(a, 'TXT-TABLE')).toEqual([]);
  });
});
