import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, ROOT, test } from '../fixtures/app';
import { ReviewDesk } from '../pages/review-desk';

const SHOTS = join(ROOT, 'e2e/screenshots');
const seeds = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => join(ROOT, 'seeds', f));

for (const [width, height] of [
  [1366, 768],
  [1920, 1080],
] as const) {
  test(`screens at ${width}×${height} fit without overlap`, async ({ app }) => {
    mkdirSync(SHOTS, { recursive: true });
    await app.viewport(width, height);
    const desk = new ReviewDesk(app);
    const page = app.page;
    await desk.importFiles(seeds);
    await expect(desk.rows()).toHaveCount(5);
    const noHorizontalOverflow = () => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1);
    expect(await noHorizontalOverflow()).toBe(true);
    await page.screenshot({ path: join(SHOTS, `library-${width}x${height}.png`) });

    for (const [seed, agency, item] of [
      ['001', '宿遷市', 'R19-3'],
      ['004', '衡阳市', 'R07-3'],
    ] as const) {
      await desk.openReport(agency);
      await desk.item(item).click();
      await expect(page.getByTestId('section-tree')).toBeVisible();
      expect(await noHorizontalOverflow()).toBe(true);
      // The three panes sit side by side without covering each other.
      const [tree, text, side] = await Promise.all(['section-tree', 'report-text', 'checklist'].map((id) => page.getByTestId(id).boundingBox()));
      expect(tree!.x + tree!.width).toBeLessThanOrEqual(text!.x + 1);
      expect(text!.x + text!.width).toBeLessThanOrEqual(side!.x + 1);
      await page.waitForTimeout(1900);
      await page.screenshot({ path: join(SHOTS, `review-${seed}-${width}x${height}.png`) });
    }
    await desk.tab('findings');
    await page.screenshot({ path: join(SHOTS, `findings-004-${width}x${height}.png`) });
    await desk.tab('meta');
    await page.getByTestId('export-memo').click();
    await expect(page.getByTestId('export-memo-dialog')).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `meta-export-004-${width}x${height}.png`) });
  });
}
