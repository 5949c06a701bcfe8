import { ZodError } from 'zod';
import { convertSameLength } from '../../core/normalize/script';
import { API_SCHEMAS, type ApiErrorShape, type ApiMethod, type ApiResults, type ApiEvents } from '../../shared/api';
import type { ImportResult } from '../../shared/dto';
import type { Services } from '../services';

/** What only the host (Electron, or the e2e harness) can do: native dialogs and pushing events. */
export interface HostAdapter {
  chooseImportPaths(kind: 'files' | 'folder'): Promise<string[] | null>;
  /** Asks where to save an export; null when the reviewer cancels. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
  emit<E extends keyof ApiEvents>(event: E, payload: ApiEvents[E]): void;
}

export class ApiError extends Error implements ApiErrorShape {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Handlers = { [M in ApiMethod]: (args: ReturnType<(typeof API_SCHEMAS)[M]['parse']>) => ApiResults[M] | Promise<ApiResults[M]> };

/**
 * Method name → schema check → service call. Knows nothing of Electron, so the same router
 * serves `ipcMain` in the app and `exposeBinding` in the browser-mode tests.
 */
export function createRouter(services: Services, host: HostAdapter) {
  let cancelRequested = false;
  let importing = false;

  const runImport = async (paths: string[]): Promise<ImportResult> => {
    if (importing) throw new ApiError('BUSY', 'An import is already running.');
    importing = true;
    cancelRequested = false;
    try {
      return await services.imports.importPaths(paths, {
        onProgress: (p) => host.emit('importProgress', p),
        isCancelled: () => cancelRequested,
      });
    } finally {
      importing = false;
    }
  };

  const save = async (file: { bytes: Buffer; suggestedName: string }) => {
    const path = await host.chooseSavePath(file.suggestedName);
    if (!path) return { path: null, bytes: 0 };
    return services.exports.write(path, file);
  };

  const handlers: Handlers = {
    listReports: (a) => services.store.library.list(a),
    importPaths: (a) => runImport(a.paths),
    openImportDialog: async (a) => {
      const paths = await host.chooseImportPaths(a.kind);
      return paths && paths.length ? runImport(paths) : null;
    },
    cancelImport: () => {
      cancelRequested = true;
    },
    listImportFailures: () => services.store.failures.list(),
    clearImportFailures: () => services.store.failures.clear(),
    getReport: (a) => services.reviews.getReport(a.documentId),
    setDecision: (a) => services.reviews.setDecision(a),
    setOverrides: (a) => services.reviews.setOverrides(a.documentId, a.overrides),
    setReviewState: (a) => services.reviews.setReviewState(a.documentId, a),
    addAnnotation: (a) => services.reviews.addAnnotation(a),
    updateAnnotation: (a) => services.reviews.updateAnnotation(a.annotationId, a),
    deleteAnnotation: (a) => services.reviews.deleteAnnotation(a.annotationId),
    undo: (a) => services.reviews.undo(a.documentId),
    history: (a) => services.reviews.history(a.documentId),
    search: (a) => services.search.search(a.text),
    getSettings: () => services.settings.get(),
    setSettings: (a) => services.settings.set(a),
    convertScript: (a) => convertSameLength(a.text, a.to),
    exportMemo: async (a) => save(await services.exports.memo(a.documentId, a.format, a.script)),
    exportSummary: async (a) => save(await services.exports.summary(a.documentIds, a.format)),
  };

  return {
    methods: Object.keys(handlers) as ApiMethod[],
    async call(method: string, rawArgs: unknown): Promise<unknown> {
      if (!Object.prototype.hasOwnProperty.call(API_SCHEMAS, method)) throw new ApiError('UNKNOWN_METHOD', `Unknown method ${String(method).slice(0, 60)}`);
      const m = method as ApiMethod;
      let args;
      try {
        args = API_SCHEMAS[m].parse(rawArgs ?? {});
      } catch (err) {
        if (err instanceof ZodError) throw new ApiError('INVALID_ARGUMENT', `${m}: ${err.issues.map((i) => `${i.path.join('.') || 'args'} ${i.message}`).join('; ')}`);
        throw err;
      }
      try {
        return await (handlers[m] as (a: unknown) => unknown)(args);
      } catch (err) {
        if (err instanceof ApiError) throw err;
        const code = (err as { code?: string }).code ?? 'INTERNAL';
        throw new ApiError(code, (err as Error).message ?? String(err));
      }
    },
  };
}

export type Router = ReturnType<typeof createRouter>;

/** Plain data for crossing IPC or a Playwright binding. */
export function toErrorShape(err: unknown): ApiErrorShape {
  if (err instanceof ApiError) return { code: err.code, message: err.message };
  return { code: 'INTERNAL', message: (err as Error)?.message ?? String(err) };
}
