import type { AuditEntry } from '../../../shared/dto';
import type { Db } from '../db';

export interface AuditRecord {
  documentId: number | null;
  at: string;
  actor: string | null;
  action: string;
  target: string;
  before: unknown;
  after: unknown;
}

interface AuditRow {
  id: number;
  document_id: number | null;
  at: string;
  actor: string | null;
  action: string;
  target: string;
  before_json: string | null;
  after_json: string | null;
  undone: number;
}

export interface StoredAudit extends AuditEntry {
  before: unknown;
  after: unknown;
}

const toEntry = (r: AuditRow): StoredAudit => ({
  id: r.id,
  documentId: r.document_id,
  at: r.at,
  actor: r.actor,
  action: r.action,
  target: r.target,
  undone: r.undone === 1,
  before: r.before_json === null ? null : JSON.parse(r.before_json),
  after: r.after_json === null ? null : JSON.parse(r.after_json),
});

/** Who changed what and when; the newest entry not yet undone is what Ctrl+Z reverts. */
export class AuditRepo {
  private readonly insertStmt;
  private readonly lastForDocStmt;
  private readonly lastStmt;
  private readonly markUndoneStmt;
  private readonly historyStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(
      `INSERT INTO audit_log (document_id, at, actor, action, target, before_json, after_json)
       VALUES (@documentId, @at, @actor, @action, @target, @before, @after)`,
    );
    this.lastForDocStmt = db.prepare<[number], AuditRow>('SELECT * FROM audit_log WHERE document_id = ? AND undone = 0 AND action NOT LIKE \'import%\' ORDER BY id DESC LIMIT 1');
    this.lastStmt = db.prepare<[], AuditRow>("SELECT * FROM audit_log WHERE undone = 0 AND action NOT LIKE 'import%' ORDER BY id DESC LIMIT 1");
    this.markUndoneStmt = db.prepare('UPDATE audit_log SET undone = 1 WHERE id = ?');
    this.historyStmt = db.prepare<[number], AuditRow>('SELECT * FROM audit_log WHERE document_id = ? ORDER BY id DESC LIMIT 500');
  }

  append(r: AuditRecord): void {
    this.insertStmt.run({
      documentId: r.documentId,
      at: r.at,
      actor: r.actor,
      action: r.action,
      target: r.target,
      before: r.before === undefined ? null : JSON.stringify(r.before),
      after: r.after === undefined ? null : JSON.stringify(r.after),
    });
  }

  lastUndoable(documentId?: number): StoredAudit | null {
    const row = documentId ? this.lastForDocStmt.get(documentId) : this.lastStmt.get();
    return row ? toEntry(row) : null;
  }

  markUndone(id: number): void {
    this.markUndoneStmt.run(id);
  }

  history(documentId: number): AuditEntry[] {
    return this.historyStmt.all(documentId).map((r) => {
      const { before: _b, after: _a, ...entry } = toEntry(r);
      return entry;
    });
  }
}
