import type { Analysis, ItemStatus, NationalFormat, Overrides, Regime } from '../core/types';

export type { Analysis, CheckResult, Evidence, ItemResult, ItemStatus, Meta, Overrides, ReportTable, Section, Span } from '../core/types';

export type ReviewState = 'not-started' | 'in-progress' | 'done';
export type DecisionSeverity = 'major' | 'minor' | 'info';
export type AnnotationKind = 'missing-disclosure' | 'data-error' | 'wording' | 'question';

export interface ReportSummary {
  id: number;
  fileName: string;
  title: string | null;
  agency: string | null;
  reportYear: number | null;
  regime: Regime | null;
  format: NationalFormat | null;
  missingCount: number;
  partialCount: number;
  failedChecks: number;
  state: ReviewState;
  reviewer: string | null;
  importedAt: string;
}

export interface ItemDecision {
  itemId: string;
  status: ItemStatus | null;
  severity: DecisionSeverity | null;
  note: string | null;
  reviewer: string | null;
  updatedAt: string;
}

export interface Annotation {
  id: number;
  start: number;
  end: number;
  quote: string;
  kind: AnnotationKind;
  comment: string;
  author: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ReviewInfo {
  state: ReviewState;
  reviewer: string | null;
  conclusion: string | null;
  overrides: Overrides;
}

export interface ChecklistItemInfo {
  id: string;
  label: string;
  basis: string;
  weight: 'major' | 'minor';
}

export interface ReportDetail {
  id: number;
  fileName: string;
  sourceFormat: string;
  encoding: string;
  importedAt: string;
  analysis: Analysis;
  checklist: ChecklistItemInfo[];
  review: ReviewInfo;
  decisions: ItemDecision[];
  annotations: Annotation[];
}

export type ImportStatus = 'new' | 'updated' | 'unchanged' | 'duplicate';

export interface ImportedFile {
  id: number;
  file: string;
  status: ImportStatus;
  /** How many reviewer decisions and annotations were kept across a re-analysis. */
  keptWork: number;
}

export interface FailedFile {
  file: string;
  code: string;
  message: string;
}

export interface ImportResult {
  imported: ImportedFile[];
  failed: FailedFile[];
  /** Files met in a folder that are not of a report kind (images, spreadsheets…). */
  skipped?: FailedFile[];
  cancelled: boolean;
}

export interface ImportProgress {
  done: number;
  total: number;
  file: string;
}

export interface AuditEntry {
  id: number;
  documentId: number | null;
  at: string;
  actor: string | null;
  action: string;
  target: string;
  undone: boolean;
}

export interface SearchHit {
  documentId: number;
  fileName: string;
  agency: string | null;
  reportYear: number | null;
  snippet: string;
}

export interface Settings {
  reviewer: string;
  locale: 'zh-CN' | 'zh-TW' | 'en';
  displayScript: 'original' | 'simplified' | 'traditional';
}
