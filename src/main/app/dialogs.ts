/** The slice of Electron's `dialog` used here; tests pass a stand-in. */
export interface DialogLike {
  showOpenDialog(window: unknown, options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
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
