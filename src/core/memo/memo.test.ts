import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { analyzeSeed } from '../__tests__/seeds';
import { checklistFor } from '../rules/checklist';
import type { Analysis } from '../types';
import { buildMemo, renderDocx, renderHtml, renderMarkdown, renderSummaryCsv, renderSummaryXlsx, type MemoInput } from './index';

function input(a: Analysis, overrides: Partial<MemoInput> = {}): MemoInput {
  const text = a.text;
  const at = text.indexOf('予以公開15件');
  return {
    analysis: a,
    checklist: checklistFor(a.meta.regime!).items.map((i) => ({ id: i.id, label: i.label, basis: i.basis })),
    decisions: [{ itemId: a.items[0].id, status: 'partial', severity: 'major', note: '总体情况未涉及平台建设' }],
    annotations: at >= 0 ? [{ start: at, end: at + 16, quote: text.slice(at, at + 16), kind: 'data-error', comment: '与表三总计不一致', author: '王审查' }] : [],
    conclusion: null,
    fileName: '001_72945e47686616df.txt',
    reviewer: '王审查',
    date: '2026-03-02',
    script: 'simplified',
    ...overrides,
  };
}

const seed001 = analyzeSeed('001');

function expectMemoContent(text: string) {
  for (const fact of ['宿迁市人力资源和社会保障局', '2021年', '001_72945e47686616df.txt', '2019年修订', '国办公开办函〔2021〕30号', '王审查', '2026-03-02']) expect(text, fact).toContain(fact);
  for (const id of ['R19-1', 'R19-2', 'R19-3', 'R19-4', 'R19-5', 'R19-5G', 'R19-6', 'R19-D', 'R19-F']) expect(text, id).toContain(id);
  expect(text).toContain('TXT-TABLE');
  expect(text).toContain('正文称予以公开15');
  expect(text).toContain('TXT-SUM');
  expect(text).toMatch(/15 \+ 3 \+ 1 \+ 4 = 23/);
  expect(text).toContain('总体情况未涉及平台建设');
  expect(text).toContain('与表三总计不一致');
  expect(text).toContain('予以公开15件');
  expect(text).toContain('T3:三.一:总计');
}

describe('review memo', () => {
  it('builds a default conclusion from the counts when the reviewer wrote none', () => {
    const memo = buildMemo(input(seed001));
    expect(memo.conclusionIsDefault).toBe(true);
    expect(memo.conclusion).toMatch(/1项披露不完整（R19-1）/);
    expect(memo.conclusion).toMatch(/数据核查发现3处问题/);
    const own = buildMemo(input(seed001, { conclusion: '建议退回修改。' }));
    expect(own.conclusion).toBe('建议退回修改。');
  });

  it('keeps every checklist item, the reviewer’s status beside the automatic one', () => {
    const memo = buildMemo(input(seed001));
    expect(memo.items.map((i) => i.id)).toEqual(checklistFor('2019').items.map((i) => i.id));
    expect(memo.items[0]).toMatchObject({ auto: '已披露（95%）', reviewer: '部分披露', final: 'partial' });
    expect(memo.items[0].note).toContain('严重程度：重要');
  });

  it('cuts long quotes with an ellipsis and a reference to where they start', () => {
    const a = analyzeSeed('001');
    const long = { start: 100, end: 600, quote: a.text.slice(100, 600), kind: 'question' as const, comment: '', author: null };
    const memo = buildMemo(input(a, { annotations: [long] }));
    expect(memo.annotations[0].quote.text.endsWith('……')).toBe(true);
    expect([...memo.annotations[0].quote.text].length).toBeLessThan(130);
    expect(memo.annotations[0].quote.ref).toBe('原文第101字起');
  });

  it('cites the page for reports read from PDF', async () => {
    const { analyzeFile } = await import('../analyze');
    const { readFileSync } = await import('node:fs');
    const a = await analyzeFile(readFileSync(new URL('../__fixtures__/formats/seed-001.pdf', import.meta.url)), 'seed-001.pdf');
    const memo = buildMemo(input(a));
    const finding = memo.findings.find((f) => f.id === 'TXT-TABLE')!;
    const page = a.pages!.findIndex((p) => a.checks.find((c) => c.id === 'TXT-TABLE' && !c.ok)!.evidence[0].start < p.end) + 1;
    expect(page).toBeGreaterThan(1);
    expect(finding.quotes[0].ref).toBe(`第${page}页`);
  });

  it('follows the reviewer’s script choice', () => {
    const memo = buildMemo(input(seed001, { script: 'traditional' }));
    expect(memo.title).toContain('宿遷市人力資源和社會保障局');
    expect(memo.labels.checklist).toBe('二、法定事項審查情況');
    expect(buildMemo(input(seed001)).title).toContain('宿迁市人力资源和社会保障局');
  });

  it('renders Markdown and HTML with the heading facts, items, findings, note and annotation', () => {
    const memo = buildMemo(input(seed001));
    expectMemoContent(renderMarkdown(memo));
    const html = renderHtml(memo);
    expectMemoContent(html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&'));
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('class="bad"');
  });

  it('renders a DOCX that reads back with the same content, on A4 with page numbers', async () => {
    const docx = await renderDocx(buildMemo(input(seed001)));
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const { value } = await mammoth.extractRawText({ buffer: docx });
    expectMemoContent(value);
    const zip = await JSZip.loadAsync(docx);
    const document = await zip.file('word/document.xml')!.async('string');
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(document).toContain('w:eastAsia="仿宋"');
    expect(document).toContain('w:eastAsia="黑体"');
    const footers = await Promise.all(zip.file(/word\/footer\d*\.xml/).map((f) => f.async('string')));
    expect(footers.join()).toMatch(/PAGE/);
    const { value: html } = await mammoth.convertToHtml({ buffer: docx });
    expect((html.match(/<table>/g) ?? []).length).toBeGreaterThanOrEqual(2 + seed001.tables.length);
  });

  it('renders seed 004 (regime 2007, appendix tables, blank cell)', async () => {
    const a = analyzeSeed('004');
    const memo = buildMemo({ ...input(a), decisions: [], annotations: [], fileName: '004.txt' });
    const md = renderMarkdown(memo);
    for (const id of checklistFor('2007').items.map((i) => i.id)) expect(md).toContain(id);
    expect(md).toContain('T-CELLS');
    expect(md).toContain('附表1');
    const { value } = await mammoth.extractRawText({ buffer: await renderDocx(memo) });
    expect(value).toContain('衡阳市劳动和社会保障局');
    expect(value).toContain('新增的行政规范性文件数');
  });
});

describe('round summary', () => {
  const reports = ['000', '001', '002', '003', '004'].map((id) => {
    const analysis = analyzeSeed(id);
    return { fileName: `${id}.txt`, analysis, decisions: id === '004' ? [{ itemId: 'R07-5', status: 'missing' as const }] : [], state: id === '001' ? ('done' as const) : ('not-started' as const), reviewer: id === '001' ? '王审查' : null };
  });

  it('CSV: one row per report with each item’s final status and the failed checks', () => {
    const csv = renderSummaryCsv(reports);
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = csv.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(6);
    const header = lines[0].split(',');
    const row = (n: number) => Object.fromEntries(lines[n].split(',').map((v, i) => [header[i], v]));
    expect(row(2)).toMatchObject({ 机关: '宿遷市人力資源和社會保障局', 报告年度: '2021', 适用条例: '2019', 年报格式: '2021-30', 'R19-3': '已披露', 'R19-5G': '不适用', 审查状态: '已完成', 审查人: '王审查' });
    expect(row(2)['未通过的核查']).toBe('TXT-TABLE×2；TXT-SUM×1');
    expect(row(5)).toMatchObject({ 机关: '衡阳市劳动和社会保障局', 'R07-3': '未披露', 'R07-5': '未披露', 'R19-1': '' });
  });

  it('XLSX: the same rows in a sheet', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderSummaryXlsx(reports)) as never);
    const sheet = book.getWorksheet('审查汇总')!;
    expect(sheet.rowCount).toBe(6);
    const header = (sheet.getRow(1).values as string[]).slice(1);
    const r4 = (sheet.getRow(5).values as string[]).slice(1);
    expect(r4[header.indexOf('机关')]).toBe('郑州市人力资源和社会保障局');
    expect(r4[header.indexOf('未通过的核查')]).toBe('DOC-TITLE×1；STRUCT-NUMBERING×1');
    expect(r4[header.indexOf('R07-2')]).toBe('部分披露');
  });
});
