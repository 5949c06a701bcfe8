import type { Page } from '@playwright/test';
import { API_METHODS } from '../../src/shared/channels';
import { createRouter, toErrorShape, type Router } from '../../src/main/ipc/router';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createServices, type Services } from '../../src/main/services';
import { WorkerPool } from '../../src/main/workers/pool';

/** The analysis worker as built for the app; browser mode runs imports through it, as main does. */
const BUILT_WORKER = join(import.meta.dirname, '../../out/main/analyze-worker.js');

/**
 * Browser mode: the same router and services the Electron main process uses, over a temporary
 * store, reached from the page through one Playwright binding. The init script builds `window.api`
 * from the contract's method list, as the preload does.
 */
export class BrowserBackend {
  readonly services: Services;
  readonly router: Router;
  /** What the next "open" dialog returns; null = the reviewer cancelled. */
  nextDialogPaths: string[] | null = null;
  /** Where the next "save" dialog saves; null = the reviewer cancelled. */
  nextSavePath: string | null = null;
  /** Chromium page that prints memo HTML to PDF, as Electron's printToPDF does in the app. */
  pdfPrinter: ((html: string) => Promise<Buffer>) | null = null;
  private pages = new Set<Page>();

  constructor(dbFile: string) {
    this.services = createServices(dbFile, {
      printToPdf: (html) => this.pdfPrinter!(html),
      analyzer: existsSync(BUILT_WORKER) ? new WorkerPool(BUILT_WORKER, 2) : undefined,
    });
    this.router = createRouter(this.services, {
      chooseImportPaths: async () => {
        const paths = this.nextDialogPaths;
        this.nextDialogPaths = null;
        return paths;
      },
      chooseSavePath: async () => {
        const path = this.nextSavePath;
        this.nextSavePath = null;
        return path;
      },
      emit: (event, payload) => {
        for (const page of this.pages) void page.evaluate(([e, p]) => (window as unknown as { __reviewDeskEmit?: (e: string, p: unknown) => void }).__reviewDeskEmit?.(e, p), [event, payload] as const).catch(() => undefined);
      },
    });
  }

  async attach(page: Page): Promise<void> {
    this.pages.add(page);
    page.on('close', () => this.pages.delete(page));
    await page.exposeBinding('__reviewDeskInvoke', async (_source, method: string, args: unknown) => {
      try {
        return { ok: true, value: await this.router.call(method, args) };
      } catch (err) {
        return { ok: false, error: toErrorShape(err) };
      }
    });
    await page.addInitScript((methods: readonly string[]) => {
      type Invoke = (m: string, a: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
      const w = window as unknown as { __reviewDeskInvoke: Invoke; __reviewDeskEmit: (e: string, p: unknown) => void; api: unknown };
      const listeners: Record<string, Set<(p: unknown) => void>> = {};
      const api: Record<string, unknown> = {};
      for (const m of methods) {
        api[m] = async (args: unknown) => {
          const env = await w.__reviewDeskInvoke(m, args);
          if (env.ok) return env.value;
          const error = new Error(env.error!.message) as Error & { code?: string };
          error.code = env.error!.code;
          throw error;
        };
      }
      api.on = (event: string, fn: (p: unknown) => void) => {
        (listeners[event] ??= new Set()).add(fn);
        return () => listeners[event].delete(fn);
      };
      api.pathsForFiles = () => [];
      w.__reviewDeskEmit = (event, payload) => listeners[event]?.forEach((fn) => fn(payload));
      w.api = Object.freeze(api);
    }, API_METHODS);
  }

  close(): void {
    this.services.close();
  }
}
