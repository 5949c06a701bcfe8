import type { MessageKey } from './zh-CN';

export const zhTW: Record<MessageKey, string> = {
  appName: '年報審查台', library: '報告庫', review: '審查', openFiles: '開啟報告…', openFolder: '開啟資料夾…', importing: '正在匯入', cancel: '取消',
  importDone: '匯入完成：{imported} 份成功，{failed} 份失敗', keptWork: '已保留 {n} 條審查紀錄', failedFiles: '匯入失敗的檔案', clear: '清除',
  searchAgency: '按機關、標題或檔名篩選', allYears: '全部年度', allStates: '全部狀態', 'state.not-started': '未開始', 'state.in-progress': '審查中', 'state.done': '已完成',
  colAgency: '機關', colYear: '年度', colRegime: '條例 / 格式', colMissing: '缺失', colPartial: '部分', colChecks: '核查問題', colState: '狀態', colReviewer: '審查人', colFile: '檔案',
  noReports: '報告庫為空。用「開啟報告…」或「開啟資料夾…」匯入年度報告，或把檔案拖到視窗中。', reports: '{n} 份報告', sections: '章節', checklist: '清單', findings: '核查', annotations: '批註', tables: '統計表',
  original: '原文', simplified: '简体', traditional: '繁體', 'status.present': '已揭露', 'status.partial': '部分揭露', 'status.missing': '未揭露', 'status.not-applicable': '不適用',
  auto: '自動', reviewer: '審查員', confidence: '信賴度', note: '備註', notePlaceholder: '寫下審查意見（N）', severity: '嚴重程度', 'severity.major': '重要', 'severity.minor': '一般', 'severity.info': '提示',
  clearDecision: '清除', overrides: '審查員設定', reportYear: '報告年度', regime: '適用條例', issuerKind: '報告機關類型', 'issuer.government': '人民政府', 'issuer.department': '政府部門',
  detected: '識別為', reset: '恢復自動', 'regime.2007': '2007年條例', 'regime.2019': '2019年條例', published: '發布日期', unknown: '不明', format: '格式', script: '文字', encoding: '編碼',
  annotate: '批註所選文字', 'kind.missing-disclosure': '缺失揭露', 'kind.data-error': '資料錯誤', 'kind.wording': '表述問題', 'kind.question': '疑問', comment: '說明', save: '儲存', delete: '刪除',
  noFindings: '未發現問題', passed: '通過', checksRun: '{n} 項核查', noAnnotations: '選取正文中的文字即可新增批註。', undo: '復原', undone: '已復原：{what}', nothingToUndo: '沒有可復原的操作', saved: '已儲存',
  shortcuts: '快速鍵', close: '關閉', 'key.nextSection': '下一章節 / 上一章節', 'key.nextFinding': '下一個問題 / 上一個問題', 'key.items': '在清單中上下移動',
  'key.status': '設定目前事項：1 已揭露 · 2 部分 · 3 未揭露 · 4 不適用', 'key.note': '為目前事項寫備註', 'key.undo': '復原上一步', 'key.help': '顯示本說明', 'key.library': '回到報告庫',
  boilerplate: '網頁附加內容（不參與審查）', reviewState: '審查狀態', conclusion: '總體意見', conclusionPlaceholder: '總體審查意見', back: '返回報告庫', language: '語言', reviewerName: '審查人',
  dropHere: '放開以匯入報告', loading: '正在載入…', evidence: '依據', noEvidence: '無原文依據', cells: '儲存格', rowTotal: '總計', failedCell: '數字不符', legalBasis: '法律依據',
  searchText: '全文檢索（簡繁通用）', results: '檢索結果',
  exportMemo: '匯出審查意見…', exportSummary: '匯出彙總表…', exported: '已匯出：{path}', exportCancelled: '已取消匯出', memoScript: '審查意見文字', exportFormat: '格式', exportNow: '匯出', skippedFiles: '略過 {n} 個非報告檔案',
};
