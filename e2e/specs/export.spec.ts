import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { expect, ROOT, test } from '../fixtures/app';
import { ReviewDesk } from '../pages/review-desk';

const seeds = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => join(ROOT, 'seeds', f));

test('export a review memo from the review view, and the round’s summary from the library', async ({ app }) => {
  const out = mkdtempSync(join(tmpdir(), 'nianbao-export-'));
  try {
    const desk = new ReviewDesk(app);
    const page = app.page;
    await desk.importFiles(seeds);
    await desk.openReport('001_72945e47686616df.txt');
    await desk.item('R19-6').click();
    await desk.item('R19-6').getByTestId('set-partial').click();
    await desk.item('R19-6').getByTestId('item-note').fill('未说明信息处理费收取依据');
    await desk.item('R19-6').getByTestId('item-note').blur();
    await expect(desk.item('R19-6').getByTestId('reviewer-status')).toHaveText('部分披露');

    const docx = join(out, 'memo-001.docx');
    await app.answerNextSave(docx);
    await page.getByTestId('export-memo').click();
    await page.getByTestId('format-docx').check();
    await page.getByTestId('export-memo-go').click();
    await expect(page.getByTestId('toast').filter({ hasText: docx })).toBeVisible();
    const { value } = await mammoth.extractRawText({ buffer: readFileSync(docx) });
    expect(value).toContain('关于宿迁市人力资源和社会保障局2021年度政府信息公开工作年度报告的审查意见');
    expect(value).toContain('未说明信息处理费收取依据');
    expect(value).toContain('TXT-TABLE');
    for (const id of ['R19-1', 'R19-5G', 'R19-F']) expect(value).toContain(id);

    const pdf = join(out, 'memo-001.pdf');
    await app.answerNextSave(pdf);
    await page.getByTestId('export-memo').click();
    await page.getByTestId('format-pdf').check();
    await page.getByTestId('export-memo-go').click();
    await expect(page.getByTestId('toast').filter({ hasText: pdf })).toBeVisible();
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');

    await page.getByTestId('nav-library').click();
    const csv = join(out, 'summary.csv');
    await app.answerNextSave(csv);
    await page.getByTestId('export-summary').click();
    await page.getByTestId('format-csv').check();
    await page.getByTestId('export-summary-go').click();
    await expect(page.getByTestId('toast').filter({ hasText: csv })).toBeVisible();
    const lines = readFileSync(csv, 'utf8').trim().split('\r\n');
    expect(lines).toHaveLength(6);
    expect(lines.find((l) => l.includes('宿遷市'))).toContain('部分披露');
    expect(lines.find((l) => l.includes('宿遷市'))).toContain('审查中');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
