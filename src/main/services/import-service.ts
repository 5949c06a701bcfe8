import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { analyzeDocument, ENGINE_VERSION } from '../../core/analyze';
import { passagesOf } from '../../core/checks/library';
import { AnalysisError, isAnalysisError } from '../../core/errors';
import { MAX_FILE_BYTES } from '../../core/limits';
import type { Analysis } from '../../core/types';
import type { FailedFile, ImportedFile, ImportProgress, ImportResult, ImportStatus } from '../../shared/dto';
import type { Store } from '../store';
import { inProcessAnalyzer, type Analyzer } from '../workers/analyzer';
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

interface Prepared {
  path: string | null;
  display: string;
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
  /** The analysis, or why there is none; null when the content is already in the store. */
  analysis: Promise<Analysis> | null;
}

/**
 * File → analysis → store. Reading and parsing run ahead in the analyzer (worker threads in the
 * app) while results are stored one at a time in the order the files were given; one bad file
 * never stops the batch.
 */
export class ImportService {
  constructor(
    private readonly store: Store,
    private readonly analyzer: Analyzer = inProcessAnalyzer,
  ) {}

  private async prepare(path: string, display: string): Promise<Prepared | FileOutcome> {
    try {
      const size = (await stat(path)).size;
      if (size > MAX_FILE_BYTES) {
        throw new AnalysisError('TOO_LARGE', `${display}: ${(size / 1048576).toFixed(1)} MB is more than the ${MAX_FILE_BYTES / 1048576} MB a report can be.`);
      }
      const bytes = await readFile(path);
      return this.prepareBytes(bytes, fileNameOf(path), path, display);
    } catch (err) {
      return failure(display, err);
    }
  }

  private prepareBytes(bytes: Uint8Array, fileName: string, path: string | null, display: string): Prepared {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const known = this.store.documents.findBySha(sha256);
    const analysis = known ? null : this.analyzer.analyze(bytes, display);
    analysis?.catch(() => undefined); // observed later, in order
    return { path, display, fileName, bytes, sha256, analysis };
  }

  private async finish(p: Prepared | FileOutcome): Promise<FileOutcome> {
    if ('ok' in p) {
      if (!p.ok && p.error) this.store.failures.record(p.file, p.file.split(/[\\/]/).pop() ?? p.file, p.error.code, p.error.message, now());
      return p;
    }
    let analysis: Analysis | null = null;
    if (p.analysis) {
      try {
        analysis = await p.analysis;
      } catch (err) {
        const out = failure(p.display, err);
        this.store.failures.record(p.path ?? p.display, p.fileName, out.error!.code, out.error!.message, now());
        return out;
      }
    }
    const outcome = this.persist(p, analysis);
    if (p.path) this.store.failures.forget(p.path);
    return outcome;
  }

  private persist(p: Prepared, fresh: Analysis | null): FileOutcome {
    const existing = this.store.documents.findBySha(p.sha256);
    if (existing) {
      const status: ImportStatus = existing.source_path === p.path || !p.path ? 'unchanged' : 'duplicate';
      let analysis = this.store.documents.analysis(existing.id) ?? null;
      if (!analysis || analysis.engineVersion !== ENGINE_VERSION) analysis = this.store.transaction(() => this.reanalyse(existing.id));
      return { file: p.display, ok: true, error: null, documentId: existing.id, status, keptWork: 0, analysis };
    }
    const analysis = fresh!;
    const at = now();
    const doc = { sha256: p.sha256, fileName: p.fileName, size: p.bytes.length, sourceFormat: analysis.meta.sourceFormat, encoding: analysis.meta.encoding, text: analysis.text, importedAt: at };
    return this.store.transaction(() => {
      const previous = p.path ? this.store.documents.findByPath(p.path) : undefined;
      if (previous) {
        // The file changed on disk: same report, new content. The reviewer's work stays attached.
        this.store.documents.replaceContent(previous.id, doc);
        const overrides = this.store.reviews.review(previous.id).overrides;
        const inForce = Object.keys(overrides).length ? this.reanalyse(previous.id, analysis) : analysis;
        this.store.documents.saveAnalysis(previous.id, inForce, at);
        this.store.passages.replace(previous.id, passagesOf(inForce));
        const keptWork = this.store.reviews.countWork(previous.id);
        this.store.audit.append({ documentId: previous.id, at, actor: null, action: 'import.update', target: p.fileName, before: { sha256: previous.sha256 }, after: { sha256: p.sha256 } });
        return { file: p.display, ok: true, error: null, documentId: previous.id, status: 'updated' as const, keptWork, analysis: inForce };
      }
      const id = this.store.documents.insert({ ...doc, sourcePath: p.path });
      this.store.documents.saveAnalysis(id, analysis, at);
      this.store.passages.replace(id, passagesOf(analysis));
      this.store.audit.append({ documentId: id, at, actor: null, action: 'import.new', target: p.fileName, before: null, after: { sha256: p.sha256 } });
      return { file: p.display, ok: true, error: null, documentId: id, status: 'new' as const, keptWork: 0, analysis };
    });
  }

  /** Re-runs the engine on stored text with the reviewer's overrides; decisions are untouched. */
  reanalyse(documentId: number, base?: Analysis): Analysis {
    const doc = this.store.documents.get(documentId);
    if (!doc) throw new Error(`No report with id ${documentId}`);
    const overrides = this.store.reviews.review(documentId).overrides;
    const pages = base?.pages ?? this.store.documents.analysis(documentId)?.pages;
    const analysis = analyzeDocument({ text: doc.text, encoding: doc.encoding, sourceFormat: doc.source_format as Analysis['meta']['sourceFormat'], pages }, doc.file_name, { overrides });
    this.store.documents.saveAnalysis(documentId, analysis, now());
    return analysis;
  }

  /** Reads, analyses and stores one file. Never throws for a bad file; the outcome says why. */
  async importFile(path: string, display = path): Promise<FileOutcome> {
    return this.finish(await this.prepare(path, display));
  }

  async importBytes(bytes: Uint8Array, fileName: string, sourcePath: string | null = null): Promise<FileOutcome> {
    return this.finish(this.prepareBytes(bytes, fileName, sourcePath, fileName));
  }

  async importPaths(paths: readonly string[], options: ImportOptions = {}): Promise<ImportResult & { skipped: FailedFile[] }> {
    const { files, missing, skipped } = collectFiles(paths);
    const imported: ImportedFile[] = [];
    const failed: FailedFile[] = missing.map((m) => ({ file: m, code: 'NOT_FOUND', message: `${m}: no such file or folder.` }));
    const ahead = Math.max(2, this.analyzer.concurrency * 2);
    const pending: Promise<Prepared | FileOutcome>[] = [];
    let cancelled = false;
    let next = 0;
    const feed = () => {
      while (next < files.length && pending.length < ahead && !options.isCancelled?.()) {
        const f = files[next++];
        pending.push(this.prepare(f.path, f.display));
      }
    };
    for (let i = 0; i < files.length; i++) {
      feed();
      if (options.isCancelled?.() || pending.length === 0) {
        cancelled = true;
        break;
      }
      const outcome = await this.finish(await pending.shift()!);
      options.onFile?.(outcome);
      if (outcome.ok) imported.push({ id: outcome.documentId!, file: outcome.file, status: outcome.status!, keptWork: outcome.keptWork });
      else failed.push({ file: outcome.file, code: outcome.error!.code, message: outcome.error!.message });
      options.onProgress?.({ done: i + 1, total: files.length, file: outcome.file });
    }
    // Files read ahead of a cancel are dropped; their analyses finish in the background unused.
    for (const s of skipped) this.store.failures.record(s.file, fileNameOf(s.file), 'SKIPPED', s.reason, now());
    return { imported, failed, cancelled, skipped: skipped.map((s) => ({ file: s.file, code: 'SKIPPED', message: s.reason })) };
  }
}
