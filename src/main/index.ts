/**
 * Electron composition root — the only main-process module that imports `electron`. Everything
 * it wires (services, router, menu, security, window state) is plain code tested without Electron.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session, type MenuItemConstructorOptions } from 'electron';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiEvents, MenuCommand } from '../shared/api';
import { channelOf } from '../shared/channels';
import { chooseImportPaths, chooseSavePath, type DialogLike } from './app/dialogs';
import { printHtmlToPdf } from './app/print';
import { menuTemplate, type MenuLocale } from './app/menu';
import { electronNativeBinding } from './app/native-binding';
import { hardenContents, hardenSession, isAppUrl } from './app/security';
import { windowOptions } from './app/window-options';
import { loadWindowState, saveWindowState } from './app/window-state';
import { registerIpcHandlers } from './ipc/electron-ipc';
import { createRouter } from './ipc/router';
import { availableParallelism } from 'node:os';
import { createServices, type Services } from './services';
import { WorkerPool } from './workers/pool';

const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const here = dirname(fileURLToPath(import.meta.url));
let mainWindow: BrowserWindow | null = null;
let services: Services | null = null;

function dataDir(): string {
  const dir = process.env.NIANBAO_DATA_DIR || app.getPath('userData');
  mkdirSync(dir, { recursive: true });
  return dir;
}

function emit<E extends keyof ApiEvents>(event: E, payload: ApiEvents[E]): void {
  mainWindow?.webContents.send(channelOf(event), payload);
}

function recentPaths(): string[] {
  try {
    return JSON.parse(services?.store.settings.get('recentPaths') ?? '[]') as string[];
  } catch {
    return [];
  }
}

function rememberRecent(paths: string[]): void {
  const next = [...new Set([...paths, ...recentPaths()])].slice(0, 10);
  services?.store.settings.set('recentPaths', JSON.stringify(next));
  installMenu();
}

function installMenu(): void {
  const locale = (services?.settings.get().locale ?? 'zh-CN') as MenuLocale;
  const template = menuTemplate(
    locale,
    {
      command: (command: MenuCommand) => emit('menuCommand', { command }),
      openRecent: (path) => {
        void router?.call('importPaths', { paths: [path] }).then(() => emit('menuCommand', { command: 'show-library' }));
      },
    },
    recentPaths(),
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template as MenuItemConstructorOptions[]));
}

let router: ReturnType<typeof createRouter> | null = null;

async function createWindow(): Promise<void> {
  const stateFile = join(dataDir(), 'window-state.json');
  const state = loadWindowState(stateFile, screen.getAllDisplays().map((d) => d.workArea));
  mainWindow = new BrowserWindow(windowOptions(join(here, '../preload/index.cjs'), state));
  if (state.maximized) mainWindow.maximize();
  hardenContents(mainWindow.webContents, devServerUrl);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  const persist = () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    saveWindowState(stateFile, { ...mainWindow.getNormalBounds(), maximized: mainWindow.isMaximized() });
  };
  mainWindow.on('resize', persist);
  mainWindow.on('move', persist);
  mainWindow.on('close', persist);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  if (devServerUrl) await mainWindow.loadURL(devServerUrl);
  else await mainWindow.loadFile(join(here, '../renderer/index.html'));
}

async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  await app.whenReady();
  try {
    services = createServices(join(dataDir(), 'review.db'), {
      nativeBinding: electronNativeBinding(app.getAppPath()),
      printToPdf: (html) => printHtmlToPdf(BrowserWindow, html),
      // Parsing runs in worker threads so a folder of PDFs never freezes the window.
      analyzer: new WorkerPool(join(here, 'analyze-worker.js'), Math.max(1, availableParallelism() - 1)),
    });
  } catch (err) {
    dialog.showErrorBox('年报审查台 — 无法打开审查库', `${(err as Error).message}\n\n运行 npm run electron:rebuild-native 以为 Electron 编译 better-sqlite3。`);
    app.quit();
    return;
  }
  hardenSession(session.defaultSession, devServerUrl);
  router = createRouter(services, {
    chooseImportPaths: async (kind) => {
      const paths = await chooseImportPaths(dialog as unknown as DialogLike, mainWindow, kind);
      if (paths) rememberRecent(paths);
      return paths;
    },
    chooseSavePath: (suggestedName) => chooseSavePath(dialog as unknown as DialogLike, mainWindow, app.getPath('documents'), suggestedName),
    emit,
  });
  registerIpcHandlers(ipcMain, router, (url) => isAppUrl(url, devServerUrl));
  installMenu();
  await createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow();
  });
}

app.on('window-all-closed', () => {
  services?.close();
  services = null;
  if (process.platform !== 'darwin') app.quit();
});

void start();
