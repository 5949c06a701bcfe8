import type { MenuCommand } from '../../shared/api';

export type MenuLocale = 'zh-CN' | 'zh-TW' | 'en';

const LABELS = {
  'zh-CN': { file: '文件', open: '打开报告…', openFolder: '打开文件夹…', exportMemo: '导出审查意见…', recent: '最近打开', noRecent: '（无）', library: '报告库', quit: '退出', edit: '编辑', undo: '撤销', cut: '剪切', copy: '复制', paste: '粘贴', selectAll: '全选', view: '视图', original: '原文', simplified: '简体', traditional: '繁體', zoomIn: '放大', zoomOut: '缩小', zoomReset: '实际大小', devtools: '开发者工具', help: '帮助', shortcuts: '快捷键', about: '关于年报审查台' },
  'zh-TW': { file: '檔案', open: '開啟報告…', openFolder: '開啟資料夾…', exportMemo: '匯出審查意見…', recent: '最近開啟', noRecent: '（無）', library: '報告庫', quit: '結束', edit: '編輯', undo: '復原', cut: '剪下', copy: '複製', paste: '貼上', selectAll: '全選', view: '檢視', original: '原文', simplified: '简体', traditional: '繁體', zoomIn: '放大', zoomOut: '縮小', zoomReset: '實際大小', devtools: '開發者工具', help: '說明', shortcuts: '快速鍵', about: '關於年報審查台' },
  en: { file: 'File', open: 'Open Reports…', openFolder: 'Open Folder…', exportMemo: 'Export Review Memo…', recent: 'Open Recent', noRecent: '(none)', library: 'Library', quit: 'Quit', edit: 'Edit', undo: 'Undo', cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select All', view: 'View', original: 'Original', simplified: 'Simplified', traditional: 'Traditional', zoomIn: 'Zoom In', zoomOut: 'Zoom Out', zoomReset: 'Actual Size', devtools: 'Developer Tools', help: 'Help', shortcuts: 'Keyboard Shortcuts', about: 'About Nianbao Review Desk' },
} as const;

export interface MenuItemSpec {
  label?: string;
  role?: 'quit' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'toggleDevTools' | 'about';
  type?: 'separator' | 'submenu' | 'radio';
  accelerator?: string;
  /** false: show the shortcut but leave the key to the page (text fields keep their own undo). */
  registerAccelerator?: boolean;
  enabled?: boolean;
  id?: string;
  click?: () => void;
  submenu?: MenuItemSpec[];
}

export interface MenuActions {
  command(command: MenuCommand): void;
  openRecent(path: string): void;
}

/**
 * The application menu as plain data; index.ts hands it to Menu.buildFromTemplate. Undo is an
 * app command (the review store's undo), not the text field's, so it goes through the renderer.
 */
export function menuTemplate(locale: MenuLocale, actions: MenuActions, recent: string[]): MenuItemSpec[] {
  const l = LABELS[locale];
  const cmd = (command: MenuCommand) => () => actions.command(command);
  return [
    {
      label: l.file,
      submenu: [
        { id: 'open-files', label: l.open, accelerator: 'CmdOrCtrl+O', click: cmd('open-files') },
        { id: 'open-folder', label: l.openFolder, accelerator: 'CmdOrCtrl+Shift+O', click: cmd('open-folder') },
        {
          id: 'recent',
          label: l.recent,
          submenu: recent.length
            ? recent.slice(0, 10).map((p) => ({ label: p, click: () => actions.openRecent(p) }))
            : [{ label: l.noRecent, enabled: false }],
        },
        { type: 'separator' },
        { id: 'export-memo', label: l.exportMemo, accelerator: 'CmdOrCtrl+E', click: cmd('export-memo') },
        { type: 'separator' },
        { id: 'library', label: l.library, accelerator: 'CmdOrCtrl+L', click: cmd('show-library') },
        { type: 'separator' },
        { role: 'quit', label: l.quit },
      ],
    },
    {
      label: l.edit,
      submenu: [
        { id: 'undo', label: l.undo, accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: cmd('undo') },
        { type: 'separator' },
        { role: 'cut', label: l.cut },
        { role: 'copy', label: l.copy },
        { role: 'paste', label: l.paste },
        { role: 'selectAll', label: l.selectAll },
      ],
    },
    {
      label: l.view,
      submenu: [
        { id: 'view-original', label: l.original, accelerator: 'CmdOrCtrl+1', click: cmd('view-original') },
        { id: 'view-simplified', label: l.simplified, accelerator: 'CmdOrCtrl+2', click: cmd('view-simplified') },
        { id: 'view-traditional', label: l.traditional, accelerator: 'CmdOrCtrl+3', click: cmd('view-traditional') },
        { type: 'separator' },
        { id: 'zoom-in', label: l.zoomIn, accelerator: 'CmdOrCtrl+=', click: cmd('zoom-in') },
        { id: 'zoom-out', label: l.zoomOut, accelerator: 'CmdOrCtrl+-', click: cmd('zoom-out') },
        { id: 'zoom-reset', label: l.zoomReset, accelerator: 'CmdOrCtrl+0', click: cmd('zoom-reset') },
        { type: 'separator' },
        { role: 'toggleDevTools', label: l.devtools },
      ],
    },
    {
      label: l.help,
      submenu: [
        { id: 'shortcuts', label: l.shortcuts, accelerator: 'F1', click: cmd('show-shortcuts') },
        { role: 'about', label: l.about },
      ],
    },
  ];
}
