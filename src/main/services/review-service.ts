import { ENGINE_VERSION } from '../../core/analyze';
import { checklistFor } from '../../core/rules/checklist';
import type { Overrides } from '../../core/types';
import type { Annotation, AnnotationKind, AuditEntry, ItemDecision, ReportDetail, ReviewInfo, ReviewState } from '../../shared/dto';
import type { Store } from '../store';
import type { ImportService } from './import-service';
import type { LibraryChecksService } from './library-checks';

export class NotFoundError extends Error {
  readonly code = 'NOT_FOUND';
}

export class InvalidRequestError extends Error {
  readonly code = 'INVALID_REQUEST';
}

const now = () => new Date().toISOString();

export interface DecisionChange {
  documentId: number;
  itemId: string;
  status?: ItemDecision['status'];
  severity?: ItemDecision['severity'];
  note?: string | null;
}

/**
 * The reviewer's work on one report. Every change is one transaction that writes the change and
 * its audit entry together, so the audit trail is always complete and undo always possible.
 */
export class ReviewService {
  constructor(
    private readonly store: Store,
    private readonly imports: ImportService,
    private readonly reviewer: () => string,
    private readonly libraryChecks: LibraryChecksService | null = null,
  ) {}

  getReport(documentId: number): ReportDetail {
    const doc = this.store.documents.get(documentId);
    if (!doc) throw new NotFoundError(`No report with id ${documentId}.`);
    let analysis = this.store.documents.analysis(documentId);
    if (!analysis || analysis.engineVersion !== ENGINE_VERSION) analysis = this.store.transaction(() => this.imports.reanalyse(documentId));
    // Checks against the rest of the library change as reports come and go, so they are not stored.
    if (this.libraryChecks) analysis = { ...analysis, checks: [...analysis.checks, ...this.libraryChecks.run(documentId, analysis)] };
    const checklist = analysis.meta.regime
      ? checklistFor(analysis.meta.regime).items.map((i) => ({ id: i.id, label: i.label, basis: i.basis, weight: i.weight }))
      : [];
    return {
      id: doc.id,
      fileName: doc.file_name,
      sourceFormat: doc.source_format,
      encoding: doc.encoding,
      importedAt: doc.imported_at,
      analysis,
      checklist,
      review: this.store.reviews.review(documentId),
      decisions: this.store.reviews.decisions(documentId),
      annotations: this.store.reviews.annotations(documentId),
    };
  }

  private requireDocument(documentId: number): void {
    if (!this.store.documents.get(documentId)) throw new NotFoundError(`No report with id ${documentId}.`);
  }

  /** A first change to a report moves it from 未开始 to 审查中. */
  private touchReview(documentId: number, at: string): void {
    const review = this.store.reviews.review(documentId);
    if (review.state === 'not-started') this.store.reviews.saveReview(documentId, { ...review, state: 'in-progress', reviewer: review.reviewer ?? this.reviewer() }, at);
  }

  setDecision(change: DecisionChange): ReportDetail {
    this.requireDocument(change.documentId);
    this.store.transaction(() => {
      const at = now();
      const before = this.store.reviews.decision(change.documentId, change.itemId);
      const after: ItemDecision = {
        itemId: change.itemId,
        status: change.status !== undefined ? change.status : (before?.status ?? null),
        severity: change.severity !== undefined ? change.severity : (before?.severity ?? null),
        note: change.note !== undefined ? change.note : (before?.note ?? null),
        reviewer: this.reviewer(),
        updatedAt: at,
      };
      const empty = after.status === null && after.severity === null && !after.note;
      this.store.reviews.saveDecision(change.documentId, empty ? null : after, change.itemId);
      this.store.audit.append({ documentId: change.documentId, at, actor: this.reviewer(), action: 'decision.set', target: change.itemId, before, after: empty ? null : after });
      this.touchReview(change.documentId, at);
    });
    return this.getReport(change.documentId);
  }

  setOverrides(documentId: number, overrides: Overrides): ReportDetail {
    this.requireDocument(documentId);
    this.store.transaction(() => {
      const at = now();
      const review = this.store.reviews.review(documentId);
      const merged: Overrides = { ...review.overrides };
      for (const [k, v] of Object.entries(overrides) as [keyof Overrides, unknown][]) {
        if (v === null) delete merged[k];
        else if (v !== undefined) (merged as Record<string, unknown>)[k] = v;
      }
      this.store.reviews.saveReview(documentId, { ...review, overrides: merged }, at);
      this.store.audit.append({ documentId, at, actor: this.reviewer(), action: 'overrides.set', target: 'meta', before: review.overrides, after: merged });
      this.imports.reanalyse(documentId);
      this.touchReview(documentId, at);
    });
    return this.getReport(documentId);
  }

  setReviewState(documentId: number, change: { state?: ReviewState; conclusion?: string | null }): ReportDetail {
    this.requireDocument(documentId);
    this.store.transaction(() => {
      const at = now();
      const before = this.store.reviews.review(documentId);
      const after: ReviewInfo = {
        ...before,
        state: change.state ?? before.state,
        conclusion: change.conclusion !== undefined ? change.conclusion : before.conclusion,
        reviewer: this.reviewer() || before.reviewer,
      };
      this.store.reviews.saveReview(documentId, after, at);
      this.store.audit.append({ documentId, at, actor: this.reviewer(), action: 'review.set', target: 'review', before, after });
    });
    return this.getReport(documentId);
  }

  addAnnotation(input: { documentId: number; start: number; end: number; kind: AnnotationKind; comment: string }): ReportDetail {
    const doc = this.store.documents.get(input.documentId);
    if (!doc) throw new NotFoundError(`No report with id ${input.documentId}.`);
    if (input.end <= input.start || input.end > doc.text.length) throw new InvalidRequestError('The selected passage is outside the report text.');
    this.store.transaction(() => {
      const at = now();
      const quote = doc.text.slice(input.start, input.end);
      const id = this.store.reviews.insertAnnotation({ ...input, quote, author: this.reviewer(), at });
      this.store.audit.append({ documentId: input.documentId, at, actor: this.reviewer(), action: 'annotation.add', target: String(id), before: null, after: { id, ...input, quote } });
      this.touchReview(input.documentId, at);
    });
    return this.getReport(input.documentId);
  }

  updateAnnotation(annotationId: number, change: { comment?: string; kind?: AnnotationKind }): ReportDetail {
    const row = this.store.reviews.annotationRow(annotationId);
    if (!row || row.deleted_at) throw new NotFoundError(`No annotation with id ${annotationId}.`);
    this.store.transaction(() => {
      const at = now();
      const kind = change.kind ?? row.kind;
      const comment = change.comment ?? row.comment;
      this.store.reviews.updateAnnotation(annotationId, kind, comment, at, null);
      this.store.audit.append({ documentId: row.document_id, at, actor: this.reviewer(), action: 'annotation.update', target: String(annotationId), before: { kind: row.kind, comment: row.comment }, after: { kind, comment } });
    });
    return this.getReport(row.document_id);
  }

  deleteAnnotation(annotationId: number): ReportDetail {
    const row = this.store.reviews.annotationRow(annotationId);
    if (!row || row.deleted_at) throw new NotFoundError(`No annotation with id ${annotationId}.`);
    this.store.transaction(() => {
      const at = now();
      // Soft delete: the annotation stays in the store so that undo can bring it back.
      this.store.reviews.updateAnnotation(annotationId, row.kind, row.comment, at, at);
      this.store.audit.append({ documentId: row.document_id, at, actor: this.reviewer(), action: 'annotation.delete', target: String(annotationId), before: { kind: row.kind, comment: row.comment }, after: null });
    });
    return this.getReport(row.document_id);
  }

  /** Reverts the newest change not yet undone (for one report, or anywhere). */
  undo(documentId?: number): { undone: AuditEntry | null; report: ReportDetail | null } {
    const entry = this.store.audit.lastUndoable(documentId);
    if (!entry || entry.documentId === null) return { undone: null, report: null };
    const docId = entry.documentId;
    this.store.transaction(() => {
      const at = now();
      switch (entry.action) {
        case 'decision.set':
          this.store.reviews.saveDecision(docId, entry.before as ItemDecision | null, entry.target);
          break;
        case 'overrides.set': {
          const review = this.store.reviews.review(docId);
          this.store.reviews.saveReview(docId, { ...review, overrides: (entry.before as Overrides) ?? {} }, at);
          this.imports.reanalyse(docId);
          break;
        }
        case 'review.set':
          this.store.reviews.saveReview(docId, entry.before as ReviewInfo, at);
          break;
        case 'annotation.add': {
          const row = this.store.reviews.annotationRow(Number(entry.target));
          if (row) this.store.reviews.updateAnnotation(row.id, row.kind, row.comment, at, at);
          break;
        }
        case 'annotation.update':
        case 'annotation.delete': {
          const before = entry.before as Pick<Annotation, 'kind' | 'comment'>;
          this.store.reviews.updateAnnotation(Number(entry.target), before.kind, before.comment, at, null);
          break;
        }
      }
      this.store.audit.markUndone(entry.id);
    });
    const { before: _b, after: _a, ...undone } = entry;
    return { undone: { ...undone, undone: true }, report: this.getReport(docId) };
  }

  history(documentId: number): AuditEntry[] {
    this.requireDocument(documentId);
    return this.store.audit.history(documentId);
  }
}
