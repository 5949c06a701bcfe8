import type { MessageKey } from './zh-CN';

export const en: Record<MessageKey, string> = {
  appName: 'Nianbao Review Desk', library: 'Library', review: 'Review', openFiles: 'Open Reports…', openFolder: 'Open Folder…', importing: 'Importing', cancel: 'Cancel',
  importDone: 'Import finished: {imported} imported, {failed} failed', keptWork: '{n} review entries kept', failedFiles: 'Files that failed to import', clear: 'Clear',
  searchAgency: 'Filter by agency, title or file name', allYears: 'All years', allStates: 'All states', 'state.not-started': 'Not started', 'state.in-progress': 'In review', 'state.done': 'Done',
  colAgency: 'Agency', colYear: 'Year', colRegime: 'Regime / format', colMissing: 'Missing', colPartial: 'Partial', colChecks: 'Check findings', colState: 'State', colReviewer: 'Reviewer', colFile: 'File',
  noReports: 'The library is empty. Use “Open Reports…” or “Open Folder…”, or drop files on the window.', reports: '{n} reports', sections: 'Sections', checklist: 'Checklist', findings: 'Checks', annotations: 'Annotations', tables: 'Tables',
  original: 'Original', simplified: 'Simplified', traditional: 'Traditional', 'status.present': 'Present', 'status.partial': 'Partial', 'status.missing': 'Missing', 'status.not-applicable': 'N/A',
  auto: 'Auto', reviewer: 'Reviewer', confidence: 'Confidence', note: 'Note', notePlaceholder: 'Write a review note (N)', severity: 'Severity', 'severity.major': 'Major', 'severity.minor': 'Minor', 'severity.info': 'Info',
  clearDecision: 'Clear', overrides: 'Reviewer settings', reportYear: 'Report year', regime: 'Regime', issuerKind: 'Issuer kind', 'issuer.government': 'People’s government', 'issuer.department': 'Department',
  detected: 'detected', reset: 'Use detected', 'regime.2007': 'Regulations of 2007', 'regime.2019': 'Regulations of 2019', published: 'Published', unknown: 'unknown', format: 'Format', script: 'Script', encoding: 'Encoding',
  annotate: 'Annotate selection', 'kind.missing-disclosure': 'Missing disclosure', 'kind.data-error': 'Data error', 'kind.wording': 'Wording', 'kind.question': 'Question', comment: 'Comment', save: 'Save', delete: 'Delete',
  noFindings: 'No findings', passed: 'passed', checksRun: '{n} checks', noAnnotations: 'Select text in the report to annotate it.', undo: 'Undo', undone: 'Undone: {what}', nothingToUndo: 'Nothing to undo', saved: 'Saved',
  shortcuts: 'Keyboard shortcuts', close: 'Close', 'key.nextSection': 'Next / previous section', 'key.nextFinding': 'Next / previous finding', 'key.items': 'Move through the checklist',
  'key.status': 'Set focused item: 1 present · 2 partial · 3 missing · 4 N/A', 'key.note': 'Write a note on the focused item', 'key.undo': 'Undo the last change', 'key.help': 'Show this help', 'key.library': 'Back to the library',
  boilerplate: 'Page furniture (not reviewed)', reviewState: 'Review state', conclusion: 'Conclusion', conclusionPlaceholder: 'Overall review conclusion', back: 'Back to library', language: 'Language', reviewerName: 'Reviewer',
  dropHere: 'Drop to import reports', loading: 'Loading…', evidence: 'Evidence', noEvidence: 'No evidence in the text', cells: 'Cells', rowTotal: 'Total', failedCell: 'Figures disagree', legalBasis: 'Legal basis',
  searchText: 'Full-text search (either script)', results: 'Results',
  exportMemo: 'Export review memo…', exportSummary: 'Export summary…', exported: 'Exported: {path}', exportCancelled: 'Export cancelled', memoScript: 'Memo script', exportFormat: 'Format', exportNow: 'Export', skippedFiles: '{n} non-report files skipped',
};
