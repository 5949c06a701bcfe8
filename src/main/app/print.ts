/** The slice of BrowserWindow used to print; index.ts passes Electron's class. */
export interface PrintWindowClass {
  new (options: object): {
    loadURL(url: string): Promise<void>;
    webContents: { printToPDF(options: object): Promise<Buffer> };
    destroy(): void;
  };
}

/**
 * Renders memo HTML to an A4 PDF in a hidden, sandboxed window with JavaScript off: the memo is
 * our own markup, but it quotes report text, so nothing in it may run.
 */
export async function printHtmlToPdf(BrowserWindow: PrintWindowClass, html: string): Promise<Buffer> {
  const win = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true, javascript: false, nodeIntegration: false } });
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    win.destroy();
  }
}
