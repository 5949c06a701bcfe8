import type { Annotation, AnnotationKind, ItemDecision, ReviewInfo, ReviewState } from '../../../shared/dto';
import type { Overrides } from '../../../core/types';
import type { Db } from '../db';

interface ReviewRow {
  state: ReviewState;
  reviewer: string | null;
  conclusion: string | null;
  overrides_json: string | null;
}

interface DecisionRow {
  item_id: string;
  status: ItemDecision['status'];
  severity: ItemDecision['severity'];
  note: string | null;
  reviewer: string | null;
  updated_at: string;
}

interface AnnotationRow {
  id: number;
  document_id: number;
  start: number;
  end: number;
  quote: string;
  kind: AnnotationKind;
  comment: string;
  author: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export const toDecision = (r: DecisionRow): ItemDecision => ({
  itemId: r.item_id,
  status: r.status,
  severity: r.severity,
  note: r.note,
  reviewer: r.reviewer,
  updatedAt: r.updated_at,
});

export const toAnnotation = (r: AnnotationRow): Annotation => ({
  id: r.id,
  start: r.start,
  end: r.end,
  quote: r.quote,
  kind: r.kind,
  comment: r.comment,
  author: r.author,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** The reviewer's work on a report; never written by analysis. */
export class ReviewsRepo {
  private readonly reviewStmt;
  private readonly upsertReviewStmt;
  private readonly decisionsStmt;
  private readonly decisionStmt;
  private readonly upsertDecisionStmt;
  private readonly deleteDecisionStmt;
  private readonly annotationsStmt;
  private readonly annotationStmt;
  private readonly insertAnnotationStmt;
  private readonly updateAnnotationStmt;
  private readonly countWorkStmt;

  constructor(db: Db) {
    this.reviewStmt = db.prepare<[number], ReviewRow>('SELECT state, reviewer, conclusion, overrides_json FROM reviews WHERE document_id = ?');
    this.upsertReviewStmt = db.prepare(
      `INSERT INTO reviews (document_id, state, reviewer, conclusion, overrides_json, updated_at)
       VALUES (@documentId, @state, @reviewer, @conclusion, @overrides, @at)
       ON CONFLICT(document_id) DO UPDATE SET state = excluded.state, reviewer = excluded.reviewer,
         conclusion = excluded.conclusion, overrides_json = excluded.overrides_json, updated_at = excluded.updated_at`,
    );
    this.decisionsStmt = db.prepare<[number], DecisionRow>('SELECT * FROM item_decisions WHERE document_id = ? ORDER BY item_id');
    this.decisionStmt = db.prepare<[number, string], DecisionRow>('SELECT * FROM item_decisions WHERE document_id = ? AND item_id = ?');
    this.upsertDecisionStmt = db.prepare(
      `INSERT INTO item_decisions (document_id, item_id, status, severity, note, reviewer, updated_at)
       VALUES (@documentId, @itemId, @status, @severity, @note, @reviewer, @updatedAt)
       ON CONFLICT(document_id, item_id) DO UPDATE SET status = excluded.status, severity = excluded.severity,
         note = excluded.note, reviewer = excluded.reviewer, updated_at = excluded.updated_at`,
    );
    this.deleteDecisionStmt = db.prepare('DELETE FROM item_decisions WHERE document_id = ? AND item_id = ?');
    this.annotationsStmt = db.prepare<[number], AnnotationRow>('SELECT * FROM annotations WHERE document_id = ? AND deleted_at IS NULL ORDER BY start, id');
    this.annotationStmt = db.prepare<[number], AnnotationRow>('SELECT * FROM annotations WHERE id = ?');
    this.insertAnnotationStmt = db.prepare(
      `INSERT INTO annotations (document_id, start, end, quote, kind, comment, author, created_at, updated_at)
       VALUES (@documentId, @start, @end, @quote, @kind, @comment, @author, @at, @at)`,
    );
    this.updateAnnotationStmt = db.prepare('UPDATE annotations SET kind = @kind, comment = @comment, updated_at = @at, deleted_at = @deletedAt WHERE id = @id');
    this.countWorkStmt = db.prepare<[number, number], { n: number }>(
      `SELECT (SELECT count(*) FROM item_decisions WHERE document_id = ?) + (SELECT count(*) FROM annotations WHERE document_id = ? AND deleted_at IS NULL) AS n`,
    );
  }

  review(documentId: number): ReviewInfo {
    const row = this.reviewStmt.get(documentId);
    return {
      state: row?.state ?? 'not-started',
      reviewer: row?.reviewer ?? null,
      conclusion: row?.conclusion ?? null,
      overrides: row?.overrides_json ? (JSON.parse(row.overrides_json) as Overrides) : {},
    };
  }

  saveReview(documentId: number, review: ReviewInfo, at: string): void {
    this.upsertReviewStmt.run({
      documentId,
      state: review.state,
      reviewer: review.reviewer,
      conclusion: review.conclusion,
      overrides: Object.keys(review.overrides).length ? JSON.stringify(review.overrides) : null,
      at,
    });
  }

  decisions(documentId: number): ItemDecision[] {
    return this.decisionsStmt.all(documentId).map(toDecision);
  }

  decision(documentId: number, itemId: string): ItemDecision | null {
    const row = this.decisionStmt.get(documentId, itemId);
    return row ? toDecision(row) : null;
  }

  saveDecision(documentId: number, d: ItemDecision | null, itemId: string): void {
    if (!d) {
      this.deleteDecisionStmt.run(documentId, itemId);
      return;
    }
    this.upsertDecisionStmt.run({ documentId, itemId, status: d.status, severity: d.severity, note: d.note, reviewer: d.reviewer, updatedAt: d.updatedAt });
  }

  annotations(documentId: number): Annotation[] {
    return this.annotationsStmt.all(documentId).map(toAnnotation);
  }

  annotationRow(id: number): AnnotationRow | undefined {
    return this.annotationStmt.get(id);
  }

  insertAnnotation(a: { documentId: number; start: number; end: number; quote: string; kind: AnnotationKind; comment: string; author: string | null; at: string }): number {
    return Number(this.insertAnnotationStmt.run(a).lastInsertRowid);
  }

  updateAnnotation(id: number, kind: AnnotationKind, comment: string, at: string, deletedAt: string | null): void {
    this.updateAnnotationStmt.run({ id, kind, comment, at, deletedAt });
  }

  countWork(documentId: number): number {
    return this.countWorkStmt.get(documentId, documentId)?.n ?? 0;
  }
}
