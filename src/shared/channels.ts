/**
 * Names only (no schemas, no dependencies) so the sandboxed preload can bundle them cheaply.
 * `api.ts` checks at compile time that its schema table has exactly these methods.
 */
export const API_METHODS = [
  'listReports',
  'importPaths',
  'openImportDialog',
  'cancelImport',
  'listImportFailures',
  'clearImportFailures',
  'getReport',
  'setDecision',
  'setOverrides',
  'setReviewState',
  'addAnnotation',
  'updateAnnotation',
  'deleteAnnotation',
  'undo',
  'history',
  'search',
  'getSettings',
  'setSettings',
  'convertScript',
  'exportMemo',
  'exportSummary',
] as const;

export type ApiMethod = (typeof API_METHODS)[number];

export const API_EVENTS = ['importProgress', 'menuCommand'] as const;
export type ApiEventName = (typeof API_EVENTS)[number];

export const IPC_PREFIX = 'review-desk:';
export const channelOf = (name: ApiMethod | ApiEventName) => `${IPC_PREFIX}${name}`;

/** What every invoke returns across the bridge: errors travel as data, never as thrown objects. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
