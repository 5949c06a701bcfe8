/** The slice of Electron's `dialog` used here; tests pass a stand-in. */
export interface DialogLike {
  showOpenDialog(window: unknown, options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(window: unknown, options: { title: string; defaultPath: string; filters: { name: string; extensions: string[] }[] }): Promise<{ canceled: boolean; filePath?: string }>;
}

export interface OpenDialogOptions {
  title: string;
  properties: ('openFile' | 'openDirectory' | 'multiSelections')[];
  filters: { name: string; extensions: string[] }[];
}

export const REPORT_EXTENSIONS = ['txt', 'htm', 'html', 'mht', 'mhtml', 'docx', 'doc', 'pdf'];

export function openDialogOptions(kind: 'files' | 'folder'): OpenDialogOptions {
  if (kind === 'folder') return { title: '打开文件夹', properties: ['openDirectory', 'multiSelections'], filters: [] };
  return {
    title: '打开报告',
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: '年度报告', extensions: REPORT_EXTENSIONS },
      { name: '所有文件', extensions: ['*'] },
    ],
  };
}

/** Asks the reviewer for files or folders; null when they cancel. Paths come only from here. */
export async function chooseImportPaths(dialog: DialogLike, window: unknown, kind: 'files' | 'folder'): Promise<string[] | null> {
  const result = await dialog.showOpenDialog(window, openDialogOptions(kind));
  if (result.canceled || result.filePaths.length === 0) return null;
  return result.filePaths;
}

const SAVE_FILTERS: Record<string, { name: string; extensions: string[] }> = {
  docx: { name: 'Word 文档', extensions: ['docx'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  md: { name: 'Markdown', extensions: ['md'] },
  html: { name: '网页', extensions: ['html'] },
  xlsx: { name: 'Excel 工作簿', extensions: ['xlsx'] },
  csv: { name: 'CSV', extensions: ['csv'] },
};

/** Asks where to save an export, starting from `defaultDir`; null when the reviewer cancels. */
export async function chooseSavePath(dialog: DialogLike, window: unknown, defaultDir: string, suggestedName: string): Promise<string | null> {
  const ext = suggestedName.split('.').pop() ?? '';
  const result = await dialog.showSaveDialog(window, {
    title: '导出',
    defaultPath: `${defaultDir.replace(/[\\/]$/, '')}/${suggestedName}`,
    filters: SAVE_FILTERS[ext] ? [SAVE_FILTERS[ext]] : [],
  });
  return result.canceled || !result.filePath ? null : result.filePath;
}
