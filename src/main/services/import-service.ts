import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { analyze, analyzeDocument, ENGINE_VERSION } from '../../core/analyze';
import { AnalysisError, isAnalysisError } from '../../core/errors';
import { MAX_FILE_BYTES } from '../../core/limits';
import type { Analysis } from '../../core/types';
import type { FailedFile, ImportedFile, ImportProgress, ImportResult, ImportStatus } from '../../shared/dto';
import type { Store } from '../store';
import { collectFiles, fileNameOf } from './files';

export interface FileOutcome {
  file: string;
  ok: boolean;
  error: { code: string; message: string } | null;
  documentId: number | null;
  status: ImportStatus | null;
  keptWork: number;
  analysis: Analysis | null;
}

export interface ImportOptions {
  onProgress?: (p: ImportProgress) => void;
  onFile?: (outcome: FileOutcome) => void;
  isCancelled?: () => boolean;
}

const now = () => new Date().toISOString();

function failure(file: string, err: unknown): FileOutcome {
  const error = isAnalysisError(err)
    ? { code: err.code, message: err.message }
    : { code: 'READ_FAILED', message: `${file}: ${(err as Error)?.message ?? String(err)}` };
  return { file, ok: false, error, documentId: null, status: null, keptWork: 0, analysis: null };
}

/** File → analysis → store, one file at a time; one bad file never stops the batch. */
export class ImportService {
  constructor(private readonly store: Store) {}

  /** Reads, analyses and stores one file. Never throws for a bad file; the outcome says why. */
  importFile(path: string, display = path): FileOutcome {
    try {
      const size = statSync(path).size;
      if (size > MAX_FILE_BYTES) {
        throw new AnalysisError('TOO_LARGE', `${display}: ${(size / 1048576).toFixed(1)} MB is more than the ${MAX_FILE_BYTES / 1048576} MB a report can be.`);
      }
      const bytes = readFileSync(path);
      const outcome = this.importBytes(bytes, fileNameOf(path), path, display);
      if (outcome.ok) this.store.failures.forget(path);
      else if (outcome.error) this.store.failures.record(path, fileNameOf(path), outcome.error.code, outcome.error.message, now());
      return outcome;
    } catch (err) {
      const out = failure(display, err);
      this.store.failures.record(path, fileNameOf(path), out.error!.code, out.error!.message, now());
      return out;
    }
  }

  importBytes(bytes: Uint8Array, fileName: string, sourcePath: string | null, display = fileName): FileOutcome {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const existing = this.store.documents.findBySha(sha256);
    if (existing) {
      const status: ImportStatus = existing.source_path === sourcePath || !sourcePath ? 'unchanged' : 'duplicate';
      let analysis = this.store.documents.analysis(existing.id) ?? null;
      if (!analysis || analysis.engineVersion !== ENGINE_VERSION) analysis = this.reanalyse(existing.id);
      return { file: display, ok: true, error: null, documentId: existing.id, status, keptWork: 0, analysis };
    }
    let analysis: Analysis;
    try {
      analysis = analyze(bytes, display);
    } catch (err) {
      return failure(display, err);
    }
    const at = now();
    const doc = {
      sha256,
      fileName,
      size: bytes.length,
      sourceFormat: analysis.meta.sourceFormat,
      encoding: analysis.meta.encoding,
      text: analysis.text,
      importedAt: at,
    };
    return this.store.transaction(() => {
      const previous = sourcePath ? this.store.documents.findByPath(sourcePath) : undefined;
      if (previous) {
        // The file changed on disk: same report, new content. The reviewer's work stays attached.
        this.store.documents.replaceContent(previous.id, doc);
        const overrides = this.store.reviews.review(previous.id).overrides;
        const withOverrides = Object.keys(overrides).length ? analyzeDocument({ text: analysis.text, encoding: doc.encoding, sourceFormat: analysis.meta.sourceFormat }, display, { overrides }) : analysis;
        this.store.documents.saveAnalysis(previous.id, withOverrides, at);
        const keptWork = this.store.reviews.countWork(previous.id);
        this.store.audit.append({ documentId: previous.id, at, actor: null, action: 'import.update', target: fileName, before: { sha256: previous.sha256 }, after: { sha256 } });
        return { file: display, ok: true, error: null, documentId: previous.id, status: 'updated' as const, keptWork, analysis: withOverrides };
      }
      const id = this.store.documents.insert({ ...doc, sourcePath });
      this.store.documents.saveAnalysis(id, analysis, at);
      this.store.audit.append({ documentId: id, at, actor: null, action: 'import.new', target: fileName, before: null, after: { sha256 } });
      return { file: display, ok: true, error: null, documentId: id, status: 'new' as const, keptWork: 0, analysis };
    });
  }

  /** Re-runs the engine on stored text with the reviewer's overrides; decisions are untouched. */
  reanalyse(documentId: number): Analysis {
    const doc = this.store.documents.get(documentId);
    if (!doc) throw new Error(`No report with id ${documentId}`);
    const overrides = this.store.reviews.review(documentId).overrides;
    const analysis = analyzeDocument({ text: doc.text, encoding: doc.encoding, sourceFormat: doc.source_format as Analysis['meta']['sourceFormat'] }, doc.file_name, { overrides });
    this.store.documents.saveAnalysis(documentId, analysis, now());
    return analysis;
  }

  async importPaths(paths: readonly string[], options: ImportOptions = {}): Promise<ImportResult> {
    const { files, missing } = collectFiles(paths);
    const imported: ImportedFile[] = [];
    const failed: FailedFile[] = missing.map((m) => ({ file: m, code: 'NOT_FOUND', message: `${m}: no such file or folder.` }));
    let cancelled = false;
    for (let i = 0; i < files.length; i++) {
      if (options.isCancelled?.()) {
        cancelled = true;
        break;
      }
      const f = files[i];
      const outcome = this.importFile(f.path, f.display);
      options.onFile?.(outcome);
      if (outcome.ok) imported.push({ id: outcome.documentId!, file: f.display, status: outcome.status!, keptWork: outcome.keptWork });
      else failed.push({ file: f.display, code: outcome.error!.code, message: outcome.error!.message });
      options.onProgress?.({ done: i + 1, total: files.length, file: f.display });
      // Let progress events and a cancel request through between files.
      if (i % 8 === 7) await new Promise((r) => setImmediate(r));
    }
    return { imported, failed, cancelled };
  }
}
