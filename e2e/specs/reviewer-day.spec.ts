import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, ROOT, test } from '../fixtures/app';
import { ReviewDesk } from '../pages/review-desk';

const seeds = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => join(ROOT, 'seeds', f));

test('a reviewer’s day: import, review seed 001, annotate, switch script, come back tomorrow', async ({ app }) => {
  const desk = new ReviewDesk(app);
  const page = app.page;

  // Import the five seeds, then a folder where one file is broken.
  await desk.importFiles(seeds);
  await expect(desk.rows()).toHaveCount(5);
  const folder = mkdtempSync(join(tmpdir(), 'nianbao-folder-'));
  try {
    writeFileSync(join(folder, 'broken.txt'), '');
    copyFileSync(join(ROOT, 'src/core/__fixtures__/001-format-2019.html'), join(folder, 'report-2020.html'));
    await desk.importFolder(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  await expect(desk.rows()).toHaveCount(6);
  const failure = page.getByTestId('failure');
  await expect(failure).toHaveCount(1);
  await expect(failure).toContainText('EMPTY_FILE');
  await expect(failure).toContainText('broken.txt');

  // Open seed 001 and jump from R19-3 to its evidence.
  await desk.openReport('001_72945e47686616df.txt');
  await expect(page.getByTestId('doc-year')).toHaveText('2021');
  const tree = page.getByTestId('section-tree');
  await expect(tree.locator('.node.l1')).toHaveCount(6);
  await desk.item('R19-3').click();
  await expect(desk.item('R19-3').getByTestId('auto-status')).toHaveText('已披露');
  const flashed = desk.reportText().locator('.flash').first();
  await expect(flashed).toBeVisible();
  await expect(flashed).toBeInViewport();
  await expect(desk.reportText().locator('.flash').filter({ hasText: '三、收到和處理政府信息公開申請情況' })).toHaveCount(1);

  // The T3 table is rebuilt as a real table; the TXT-TABLE finding sits in section 三.
  const t3 = page.locator('[data-table="T3"]');
  await expect(t3).toBeVisible();
  await expect(t3.locator('[data-cell="T3:三.一:总计"]')).toHaveText('16');
  await expect(t3.locator('td.bad')).toHaveCount(2);
  await desk.tab('findings');
  const finding = page.locator('[data-check="TXT-TABLE"]').first();
  await expect(finding).toContainText('16');
  await finding.click();
  const section3 = desk.sectionBlock('三、收到和處理');
  await expect(section3.locator('.finding', { hasText: '予以公開15件' })).toBeVisible();
  await expect(section3.locator('.flash').first()).toBeInViewport();

  // Override an item and write a note.
  await desk.tab('checklist');
  await desk.item('R19-1').click();
  await desk.item('R19-1').getByTestId('set-partial').click();
  await expect(desk.item('R19-1').getByTestId('reviewer-status')).toHaveText('部分披露');
  await expect(desk.item('R19-1').getByTestId('auto-status')).toHaveText('已披露');
  const note = desk.item('R19-1').getByTestId('item-note');
  await note.fill('总体情况未涉及平台建设');
  await note.blur();
  await expect(page.getByTestId('toast').filter({ hasText: /error|失败/ })).toHaveCount(0);

  // Annotate a selected passage.
  await desk.selectText('予以公開15件,部分公開3件');
  await expect(page.getByTestId('annotate-popup')).toBeVisible();
  await page.getByTestId('annotation-kind').selectOption('data-error');
  await page.getByTestId('annotation-comment').fill('与表三总计不一致');
  await page.getByTestId('annotation-save').click();
  await expect.poll(() => desk.markedText('ann-data-error')).toBe('予以公開15件,部分公開3件');
  await desk.tab('annotations');
  await expect(page.getByTestId('annotation')).toHaveCount(1);
  await expect(page.getByTestId('annotation').locator('textarea')).toHaveValue('与表三总计不一致');

  // Switch the display script; highlights stay on the same words.
  await page.getByTestId('script-simplified').click();
  await expect(desk.reportText()).toContainText('宿迁市人力资源和社会保障局');
  await expect.poll(() => desk.markedText('ann-data-error')).toBe('予以公开15件,部分公开3件');

  // Close and reopen: everything as left.
  await app.restart();
  const again = new ReviewDesk(app);
  await again.openReport('001_72945e47686616df.txt');
  await expect(again.reportText()).toContainText('宿迁市人力资源和社会保障局');
  await expect(again.item('R19-1').getByTestId('reviewer-status')).toHaveText('部分披露');
  await again.item('R19-1').click();
  await expect(again.item('R19-1').getByTestId('item-note')).toHaveValue('总体情况未涉及平台建设');
  await again.tab('annotations');
  await expect(app.page.getByTestId('annotation').locator('textarea')).toHaveValue('与表三总计不一致');
  await expect(app.page.getByTestId('annotation')).toContainText('予以公開15件,部分公開3件');
  await app.page.getByTestId('nav-library').click();
  await expect(again.rows().filter({ hasText: '001_72945e47686616df.txt' })).toContainText('审查中');
});

test('keyboard: statuses, notes, findings, undo and the help overlay', async ({ app }) => {
  const desk = new ReviewDesk(app);
  const page = app.page;
  await desk.importFiles([seeds[4]]);
  await desk.openReport('衡阳市');
  await desk.item('R07-3').click();
  await page.keyboard.press('3');
  await expect(desk.item('R07-3').getByTestId('reviewer-status')).toHaveText('未披露');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('4');
  await expect(desk.item('R07-4').getByTestId('reviewer-status')).toHaveText('不适用');
  await page.keyboard.press('Control+z');
  await expect(desk.item('R07-4').getByTestId('reviewer-status')).toHaveCount(0);
  await expect(desk.item('R07-3').getByTestId('reviewer-status')).toHaveText('未披露');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('n');
  await expect(desk.item('R07-3').getByTestId('item-note')).toBeFocused();
  await page.keyboard.type('未报告收费及减免情况');
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowDown');
  await expect(desk.item('R07-3')).toContainText('未报告收费及减免情况');
  await page.keyboard.press('f');
  await expect(page.locator('[data-check="T-CELLS"]')).toHaveClass(/focused/);
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcuts')).toBeVisible();
  await expect(page.getByTestId('shortcuts')).toContainText('下一章节');
});

test('the interface speaks Simplified Chinese by default, Traditional Chinese and English on request, and remembers it', async ({ app }) => {
  const page = app.page;
  await expect(page.getByTestId('nav-library')).toHaveText('报告库');
  await page.getByTestId('locale').selectOption('zh-TW');
  await expect(page.getByTestId('nav-library')).toHaveText('報告庫');
  await page.getByTestId('locale').selectOption('en');
  await expect(page.getByTestId('nav-library')).toHaveText('Library');
  await expect(page.getByTestId('open-files')).toHaveText('Open Reports…');
  await app.restart();
  await expect(app.page.getByTestId('nav-library')).toHaveText('Library');
  const again = new ReviewDesk(app);
  await again.importFiles([seeds[1]]);
  await expect(again.rows()).toHaveCount(1);
  await expect(app.page.getByTestId('library').locator('.row.head')).toContainText('Agency');
});
