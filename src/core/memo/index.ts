export { buildMemo, type Memo, type MemoInput } from './model';
export { renderMarkdown } from './render-markdown';
export { renderHtml } from './render-html';
export { renderDocx } from './render-docx';
export { renderSummaryCsv, renderSummaryXlsx, summaryRows, type SummaryReport } from './summary';
