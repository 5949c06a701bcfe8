import type { Passage } from '../../../core/checks/library';
import type { Db } from '../db';

export interface SharedPassage {
  documentId: number;
  start: number;
  end: number;
}

export interface YearPeer {
  documentId: number;
  fileName: string;
  agency: string | null;
  analysisJson: string;
}

/** Sentence fingerprints and the lookups the library-level checks need. */
export class PassagesRepo {
  private readonly deleteStmt;
  private readonly insertStmt;
  private readonly sharedStmt;
  private readonly peersStmt;
  private readonly metaStmt;
  private readonly countStmt;

  constructor(private readonly db: Db) {
    this.deleteStmt = db.prepare('DELETE FROM passages WHERE document_id = ?');
    this.insertStmt = db.prepare('INSERT INTO passages (document_id, hash, start, end) VALUES (?, ?, ?, ?)');
    this.sharedStmt = db.prepare<[number, number], SharedPassage>(
      `SELECT other.document_id AS documentId, mine.start AS start, mine.end AS end
         FROM passages mine JOIN passages other ON other.hash = mine.hash AND other.document_id != ?
        WHERE mine.document_id = ? ORDER BY other.document_id, mine.start`,
    );
    this.peersStmt = db.prepare<[number, string], YearPeer>(
      `SELECT d.id AS documentId, d.file_name AS fileName, a.agency AS agency, a.analysis_json AS analysisJson
         FROM analyses a JOIN documents d ON d.id = a.document_id
        WHERE a.report_year = ? AND a.agency IN (SELECT value FROM json_each(?))`,
    );
    this.countStmt = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM documents');
    this.metaStmt = db.prepare<[number], { fileName: string; agency: string | null; reportYear: number | null }>(
      'SELECT d.file_name AS fileName, a.agency AS agency, a.report_year AS reportYear FROM documents d JOIN analyses a ON a.document_id = d.id WHERE d.id = ?',
    );
  }

  replace(documentId: number, passages: Passage[]): void {
    this.deleteStmt.run(documentId);
    for (const p of passages) this.insertStmt.run(documentId, p.hash, p.start, p.end);
  }

  /** Spans of `documentId` whose sentence another report also has, by that report. */
  shared(documentId: number): SharedPassage[] {
    return this.sharedStmt.all(documentId, documentId);
  }

  /** Reports of `year` by an agency printed as one of `agencyNames` (its spellings in either script). */
  reportsOf(year: number, agencyNames: string[]): YearPeer[] {
    return this.peersStmt.all(year, JSON.stringify(agencyNames));
  }

  documentCount(): number {
    return this.countStmt.get()?.n ?? 0;
  }

  meta(documentId: number) {
    return this.metaStmt.get(documentId);
  }
}
