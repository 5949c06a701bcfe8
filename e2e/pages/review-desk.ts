import { expect, type Locator, type Page } from '@playwright/test';
import type { AppHandle } from '../fixtures/app';

/** What a reviewer does, in either mode; specs never touch selectors directly. */
export class ReviewDesk {
  readonly page: Page;
  constructor(readonly app: AppHandle) {
    this.page = app.page;
  }

  async importFiles(paths: string[]) {
    await this.app.answerNextDialog(paths);
    await this.page.getByTestId('open-files').click();
    await expect(this.page.getByTestId('toast').filter({ hasText: /导入完成|匯入完成|Import finished/ })).toBeVisible();
  }

  async importFolder(path: string) {
    await this.app.answerNextDialog([path]);
    await this.page.getByTestId('open-folder').click();
    await expect(this.page.getByTestId('toast').filter({ hasText: /导入完成|匯入完成|Import finished/ }).last()).toBeVisible();
  }

  rows(): Locator {
    return this.page.getByTestId('report-row');
  }

  async openReport(agencyText: string | RegExp) {
    await this.page.getByTestId('nav-library').click();
    await this.rows().filter({ hasText: agencyText }).first().click();
    await expect(this.page.getByTestId('review')).toBeVisible();
  }

  item(id: string): Locator {
    return this.page.locator(`[data-item="${id}"]`);
  }

  /** The text under every highlight of one class, joined (a highlight may be cut into pieces). */
  async markedText(cls: string): Promise<string> {
    return (await this.reportText().locator(`.${cls}`).allTextContents()).join('');
  }

  reportText(): Locator {
    return this.page.getByTestId('report-text');
  }

  sectionBlock(headingStart: string): Locator {
    return this.page.locator('section.block').filter({ has: this.page.locator('.h1', { hasText: headingStart }) });
  }

  async tab(name: 'checklist' | 'findings' | 'annotations' | 'meta') {
    await this.page.getByTestId(`tab-${name}`).click();
  }

  /** Selects `text` inside the report as a reviewer would with the mouse, then releases the button. */
  async selectText(text: string) {
    const ok = await this.page.evaluate((needle) => {
      const root = document.querySelector('[data-testid="report-text"]')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      let all = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push(node as Text);
        all += node.textContent;
      }
      const at = all.indexOf(needle);
      if (at < 0) return false;
      // The passage may cross highlight boundaries, i.e. several text nodes.
      const locate = (offset: number, isEnd: boolean) => {
        let pos = 0;
        for (const n of nodes) {
          const len = n.textContent!.length;
          if (offset < pos + len || (isEnd && offset === pos + len)) return { node: n, offset: offset - pos };
          pos += len;
        }
        return null;
      };
      const a = locate(at, false)!;
      const b = locate(at + needle.length, true)!;
      const range = document.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      a.node.parentElement!.scrollIntoView({ block: 'center' });
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return true;
    }, text);
    expect(ok, `text “${text}” is in the report`).toBe(true);
    await this.reportText().dispatchEvent('mouseup');
  }
}
