import { z } from 'zod';
import type { ApiMethod, ApiEventName } from './channels';
import type {
  AuditEntry,
  FailedFile,
  ImportResult,
  ReportDetail,
  ReportSummary,
  SearchHit,
  Settings,
} from './dto';

const id = z.number().int().positive();
const itemStatus = z.enum(['present', 'partial', 'missing', 'not-applicable']);
const text = (max: number) => z.string().max(max);

/**
 * The whole IPC surface: one entry per method, its argument schema (validated in main before any
 * service runs) and, by the `ApiResults` map below, its result type. Preload, router, renderer
 * client and the e2e stand-in are all derived from this table.
 */
export const API_SCHEMAS = {
  listReports: z.object({
    text: text(200).optional(),
    year: z.number().int().min(1990).max(2100).nullable().optional(),
    state: z.enum(['not-started', 'in-progress', 'done']).nullable().optional(),
  }),
  importPaths: z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(10000) }),
  openImportDialog: z.object({ kind: z.enum(['files', 'folder']) }),
  cancelImport: z.object({}),
  listImportFailures: z.object({}),
  clearImportFailures: z.object({}),
  getReport: z.object({ documentId: id }),
  setDecision: z.object({
    documentId: id,
    itemId: text(20).regex(/^[A-Z0-9-]+$/),
    status: itemStatus.nullable().optional(),
    severity: z.enum(['major', 'minor', 'info']).nullable().optional(),
    note: text(4000).nullable().optional(),
  }),
  setOverrides: z.object({
    documentId: id,
    overrides: z.object({
      reportYear: z.number().int().min(2000).max(2100).nullable().optional(),
      regime: z.enum(['2007', '2019']).nullable().optional(),
      issuerKind: z.enum(['government', 'department']).nullable().optional(),
    }),
  }),
  setReviewState: z.object({
    documentId: id,
    state: z.enum(['not-started', 'in-progress', 'done']).optional(),
    conclusion: text(8000).nullable().optional(),
  }),
  addAnnotation: z.object({
    documentId: id,
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    kind: z.enum(['missing-disclosure', 'data-error', 'wording', 'question']),
    comment: text(4000),
  }),
  updateAnnotation: z.object({ annotationId: id, comment: text(4000).optional(), kind: z.enum(['missing-disclosure', 'data-error', 'wording', 'question']).optional() }),
  deleteAnnotation: z.object({ annotationId: id }),
  undo: z.object({ documentId: id.optional() }),
  history: z.object({ documentId: id }),
  search: z.object({ text: text(200).min(1) }),
  getSettings: z.object({}),
  setSettings: z.object({
    reviewer: text(100).optional(),
    locale: z.enum(['zh-CN', 'zh-TW', 'en']).optional(),
    displayScript: z.enum(['original', 'simplified', 'traditional']).optional(),
  }),
  convertScript: z.object({ text: text(5_000_000), to: z.enum(['simplified', 'traditional']) }),
  exportMemo: z.object({ documentId: id, format: z.enum(['docx', 'md', 'html', 'pdf']), script: z.enum(['simplified', 'traditional']).optional() }),
  exportSummary: z.object({ documentIds: z.array(id).min(1).max(100000), format: z.enum(['xlsx', 'csv']) }),
} as const satisfies Record<ApiMethod, z.ZodType>;

export interface ExportResult {
  /** Where the file was saved, or null when the reviewer cancelled the save dialog. */
  path: string | null;
  bytes: number;
}

export interface ApiResults {
  listReports: ReportSummary[];
  importPaths: ImportResult;
  openImportDialog: ImportResult | null;
  cancelImport: void;
  listImportFailures: FailedFile[];
  clearImportFailures: void;
  getReport: ReportDetail;
  setDecision: ReportDetail;
  setOverrides: ReportDetail;
  setReviewState: ReportDetail;
  addAnnotation: ReportDetail;
  updateAnnotation: ReportDetail;
  deleteAnnotation: ReportDetail;
  undo: { undone: AuditEntry | null; report: ReportDetail | null };
  history: AuditEntry[];
  search: SearchHit[];
  getSettings: Settings;
  setSettings: Settings;
  convertScript: string;
  exportMemo: ExportResult;
  exportSummary: ExportResult;
}

export type ApiArgs<M extends ApiMethod> = z.input<(typeof API_SCHEMAS)[M]>;

export { API_METHODS, API_EVENTS, channelOf, type ApiMethod, type ApiEventName, type Envelope } from './channels';

// Compile-time guard: the schema table and the channel list name the same methods.
type _SameMethods = [keyof typeof API_SCHEMAS] extends [ApiMethod] ? ([ApiMethod] extends [keyof typeof API_SCHEMAS] ? true : never) : never;
const _sameMethods: _SameMethods = true;
void _sameMethods;

/** Events main pushes to the renderer. */
export interface ApiEvents {
  importProgress: import('./dto').ImportProgress;
  menuCommand: { command: MenuCommand };
}
type _SameEvents = [keyof ApiEvents] extends [ApiEventName] ? ([ApiEventName] extends [keyof ApiEvents] ? true : never) : never;
const _sameEvents: _SameEvents = true;
void _sameEvents;

export type MenuCommand =
  | 'open-files'
  | 'open-folder'
  | 'undo'
  | 'view-original'
  | 'view-simplified'
  | 'view-traditional'
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-reset'
  | 'show-shortcuts'
  | 'show-library'
  | 'export-memo';

/** The object the preload exposes as `window.api`. */
export type ReviewDeskApi = {
  [M in ApiMethod]: (args: ApiArgs<M>) => Promise<ApiResults[M]>;
} & {
  on<E extends keyof ApiEvents>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
  /** Paths of files dropped on the window (empty where the host cannot tell, as in a browser). */
  pathsForFiles(files: File[]): string[];
};

/** Errors cross IPC as data, so the renderer can show the code and message. */
export interface ApiErrorShape {
  code: string;
  message: string;
}
