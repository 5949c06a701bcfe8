import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, ROOT, test } from '../fixtures/app';
import { ReviewDesk } from '../pages/review-desk';

const FORMATS = join(ROOT, 'src/core/__fixtures__/formats');

test('a folder of Word, PDF and broken files: reports imported, each refusal and skip listed with its reason', async ({ app }) => {
  const folder = mkdtempSync(join(tmpdir(), 'nianbao-formats-'));
  try {
    mkdirSync(join(folder, '2021'));
    mkdirSync(join(folder, '2008'));
    copyFileSync(join(FORMATS, 'seed-001.docx'), join(folder, '2021', '宿迁人社局2021年报.docx'));
    copyFileSync(join(FORMATS, 'seed-004.pdf'), join(folder, '2008', '衡阳劳动局2008年报.pdf'));
    copyFileSync(join(FORMATS, 'scanned.pdf'), join(folder, '扫描件.pdf'));
    copyFileSync(join(FORMATS, 'hostile-zip-bomb.docx'), join(folder, 'bomb.docx'));
    writeFileSync(join(folder, 'logo.png'), Buffer.from('89504e470d0a1a0a', 'hex'));

    const desk = new ReviewDesk(app);
    const page = app.page;
    await desk.importFolder(folder);
    await expect(desk.rows()).toHaveCount(2);
    const failures = page.getByTestId('failure');
    await expect(failures.filter({ hasText: 'NEEDS_OCR' })).toContainText('2 pages');
    await expect(failures.filter({ hasText: 'ZIP_BOMB' })).toContainText('bomb.docx');
    await expect(failures.filter({ hasText: 'SKIPPED' })).toContainText('logo.png');

    // The PDF report is reviewed like any other: its appendix tables are rebuilt.
    await desk.openReport('衡阳市');
    await expect(page.getByTestId('doc-year')).toHaveText('2008');
    await expect(page.locator('[data-table="A1"] td.bad')).toHaveCount(1);
    await desk.openReport('宿遷市');
    await expect(page.locator('[data-table="T3"] [data-cell="T3:三.七:总计"]')).toHaveText('25');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
