import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { API_METHODS, channelOf } from '../../../shared/channels';
import { createRouter } from '../../ipc/router';
import { registerIpcHandlers, type IpcMainLike } from '../../ipc/electron-ipc';
import { createServices } from '../../services';
import { chooseImportPaths, chooseSavePath, type DialogLike, type OpenDialogOptions } from '../dialogs';
import { menuTemplate, type MenuItemSpec } from '../menu';
import { CONTENT_SECURITY_POLICY, hardenContents, hardenSession } from '../security';
import { windowOptions } from '../window-options';
import { loadWindowState } from '../window-state';

function find(items: MenuItemSpec[], id: string): MenuItemSpec | undefined {
  for (const item of items) {
    if (item.id === id) return item;
    const inner = item.submenu && find(item.submenu, id);
    if (inner) return inner;
  }
  return undefined;
}

describe('menu', () => {
  it('has the File, Edit, View and Help menus in Chinese, each action wired to its command', () => {
    const command = vi.fn();
    const openRecent = vi.fn();
    const menu = menuTemplate('zh-CN', { command, openRecent }, ['/reports/a.txt']);
    expect(menu.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(find(menu, 'open-files')!.label).toBe('打开报告…');
    expect(find(menu, 'open-folder')!.label).toBe('打开文件夹…');
    expect(find(menu, 'export-memo')!.label).toBe('导出审查意见…');
    for (const [id, cmd] of [
      ['open-files', 'open-files'],
      ['open-folder', 'open-folder'],
      ['undo', 'undo'],
      ['view-original', 'view-original'],
      ['view-simplified', 'view-simplified'],
      ['view-traditional', 'view-traditional'],
      ['zoom-in', 'zoom-in'],
      ['zoom-out', 'zoom-out'],
      ['shortcuts', 'show-shortcuts'],
      ['export-memo', 'export-memo'],
    ] as const) {
      find(menu, id)!.click!();
      expect(command).toHaveBeenLastCalledWith(cmd);
    }
    const recent = find(menu, 'recent')!;
    expect(recent.label).toBe('最近打开');
    recent.submenu![0].click!();
    expect(openRecent).toHaveBeenCalledWith('/reports/a.txt');
    expect(find(menu, 'undo')!.accelerator).toBe('CmdOrCtrl+Z');
    // Ctrl+Z stays with the page, so a note being typed keeps the text field's own undo.
    expect(find(menu, 'undo')!.registerAccelerator).toBe(false);
  });

  it('follows the interface language and shows an empty recent list', () => {
    const menu = menuTemplate('en', { command: vi.fn(), openRecent: vi.fn() }, []);
    expect(menu[0].label).toBe('File');
    expect(find(menu, 'recent')!.submenu![0]).toMatchObject({ enabled: false });
    expect(menuTemplate('zh-TW', { command: vi.fn(), openRecent: vi.fn() }, [])[0].label).toBe('檔案');
  });
});

describe('dialogs', () => {
  it('asks for reports or folders and passes a cancel through as null', async () => {
    const showOpenDialog = vi.fn(async (_window: unknown, _options: OpenDialogOptions) => ({ canceled: false, filePaths: ['/r/a.docx'] }));
    const dialog: DialogLike = { showOpenDialog, showSaveDialog: async () => ({ canceled: true }) };
    expect(await chooseImportPaths(dialog, null, 'files')).toEqual(['/r/a.docx']);
    expect(showOpenDialog.mock.calls[0][1]).toMatchObject({ properties: ['openFile', 'multiSelections'] });
    expect(showOpenDialog.mock.calls[0][1].filters[0].extensions).toEqual(expect.arrayContaining(['txt', 'html', 'docx', 'pdf']));
    await chooseImportPaths(dialog, null, 'folder');
    expect(showOpenDialog.mock.calls[1][1]).toMatchObject({ properties: ['openDirectory', 'multiSelections'] });
    expect(await chooseImportPaths({ ...dialog, showOpenDialog: async () => ({ canceled: true, filePaths: [] }) }, null, 'files')).toBeNull();
  });

  it('asks where to save an export, with the suggested name and a filter for its kind', async () => {
    const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: '/home/r/Documents/a.审查意见.docx' }));
    const dialog: DialogLike = { showOpenDialog: async () => ({ canceled: true, filePaths: [] }), showSaveDialog };
    expect(await chooseSavePath(dialog, null, '/home/r/Documents', 'a.审查意见.docx')).toBe('/home/r/Documents/a.审查意见.docx');
    expect(showSaveDialog.mock.calls[0]).toEqual([null, expect.objectContaining({ defaultPath: '/home/r/Documents/a.审查意见.docx', filters: [{ name: 'Word 文档', extensions: ['docx'] }] })]);
    expect(await chooseSavePath({ ...dialog, showSaveDialog: async () => ({ canceled: true }) }, null, '/d', 'x.csv')).toBeNull();
  });
});

describe('IPC registration', () => {
  function setup() {
    const handlers = new Map<string, Parameters<IpcMainLike['handle']>[1]>();
    const ipcMain: IpcMainLike = { handle: (channel, fn) => handlers.set(channel, fn), removeHandler: (channel) => handlers.delete(channel) };
    const services = createServices(':memory:');
    const router = createRouter(services, { chooseImportPaths: async () => null, chooseSavePath: async () => null, emit: () => undefined });
    const unregister = registerIpcHandlers(ipcMain, router, (url) => url.startsWith('file://'));
    return { handlers, services, unregister };
  }
  const topFrame = { senderFrame: { url: 'file:///app/out/renderer/index.html', parent: null } };

  it('registers exactly one channel per contract method and removes them again', () => {
    const { handlers, services, unregister } = setup();
    expect([...handlers.keys()].sort()).toEqual(API_METHODS.map((m) => channelOf(m)).sort());
    unregister();
    expect(handlers.size).toBe(0);
    services.close();
  });

  it('serves the app’s top frame, validates arguments, and refuses other frames', async () => {
    const { handlers, services } = setup();
    const getSettings = handlers.get(channelOf('getSettings'))!;
    expect(await getSettings(topFrame, {})).toMatchObject({ ok: true, value: { locale: 'zh-CN' } });
    expect(await handlers.get(channelOf('getReport'))!(topFrame, { documentId: 'x' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(await getSettings({ senderFrame: { url: 'https://evil.example/', parent: null } }, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await getSettings({ senderFrame: { url: 'file:///app/out/renderer/index.html', parent: {} } }, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await getSettings({ senderFrame: null }, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    services.close();
  });
});

describe('security', () => {
  it('creates windows sandboxed, isolated and without Node', () => {
    const opts = windowOptions('/app/preload.cjs', { width: 1366, height: 768, maximized: false });
    expect(opts.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false, webSecurity: true, preload: '/app/preload.cjs' });
  });

  it('blocks navigation, new windows and webviews', () => {
    const listeners: Record<string, (event: { preventDefault(): void; url: string }, url: string) => void> = {};
    let openHandler: ((d: { url: string }) => { action: string }) | null = null;
    hardenContents(
      {
        on: (event: string, fn: never) => {
          listeners[event] = fn;
          return undefined;
        },
        setWindowOpenHandler: (fn) => (openHandler = fn),
      },
      undefined,
    );
    for (const url of ['https://evil.example/', 'file:///etc/passwd']) {
      const event = { preventDefault: vi.fn(), url };
      listeners['will-navigate'](event, url);
      expect(event.preventDefault).toHaveBeenCalled();
    }
    expect(openHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    const webview = { preventDefault: vi.fn(), url: '' };
    listeners['will-attach-webview'](webview, '');
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('denies permissions, cancels remote requests and sets a strict CSP', () => {
    let permission: ((wc: unknown, p: string, cb: (granted: boolean) => void) => void) | null = null;
    let before: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null = null;
    let headers: ((d: { responseHeaders?: Record<string, string[]> }, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void) | null = null;
    hardenSession(
      {
        setPermissionRequestHandler: (fn) => (permission = fn),
        setPermissionCheckHandler: () => undefined,
        webRequest: { onBeforeRequest: (fn) => (before = fn), onHeadersReceived: (fn) => (headers = fn) },
      },
      undefined,
    );
    const granted = vi.fn();
    permission!(null, 'geolocation', granted);
    expect(granted).toHaveBeenCalledWith(false);
    const decide = (url: string) => new Promise<boolean>((resolve) => before!({ url }, (r) => resolve(r.cancel)));
    return Promise.all([decide('https://tracker.example/x.png'), decide('file:///app/index.html')]).then(([remote, local]) => {
      expect(remote).toBe(true);
      expect(local).toBe(false);
      let csp: string[] = [];
      headers!({ responseHeaders: {} }, (r) => (csp = r.responseHeaders['Content-Security-Policy']));
      expect(csp).toEqual([CONTENT_SECURITY_POLICY]);
      expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
      expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    });
  });
});

describe('window state', () => {
  it('restores size and position, but not a position on a display that is gone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-win-'));
    try {
      const file = join(dir, 'w.json');
      writeFileSync(file, JSON.stringify({ x: 3000, y: 100, width: 1500, height: 900, maximized: true }));
      const displays = [{ x: 0, y: 0, width: 1920, height: 1080 }];
      expect(loadWindowState(file, displays)).toEqual({ width: 1500, height: 900, maximized: true });
      expect(loadWindowState(file, [...displays, { x: 1920, y: 0, width: 1920, height: 1080 }])).toMatchObject({ x: 3000, y: 100 });
      expect(loadWindowState(join(dir, 'missing.json'), displays)).toMatchObject({ width: 1366 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
