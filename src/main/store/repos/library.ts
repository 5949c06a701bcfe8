import type { ReportSummary, ReviewState, SearchHit } from '../../../shared/dto';
import type { Regime, NationalFormat } from '../../../core/types';
import type { Db } from '../db';

export interface LibraryFilter {
  text?: string;
  year?: number | null;
  state?: ReviewState | null;
}

interface SummaryRow {
  id: number;
  file_name: string;
  title: string | null;
  agency: string | null;
  report_year: number | null;
  regime: Regime | null;
  format: NationalFormat | null;
  missing_count: number;
  partial_count: number;
  failed_checks: number;
  state: ReviewState | null;
  reviewer: string | null;
  imported_at: string;
}

/** Read models over documents, analyses and reviews: the library list and full-text search. */
export class LibraryRepo {
  private readonly listStmt;
  private readonly searchStmt;

  constructor(db: Db) {
    this.listStmt = db.prepare<{ text: string | null; year: number | null; state: string | null }, SummaryRow>(
      `SELECT d.id, d.file_name, a.title, a.agency, a.report_year, a.regime, a.format,
              a.missing_count, a.partial_count, a.failed_checks, r.state, r.reviewer, d.imported_at
         FROM documents d
         JOIN analyses a ON a.document_id = d.id
         LEFT JOIN reviews r ON r.document_id = d.id
        WHERE (@text IS NULL OR instr(coalesce(a.agency, '') || ' ' || coalesce(a.title, '') || ' ' || d.file_name, @text) > 0)
          AND (@year IS NULL OR a.report_year = @year)
          AND (@state IS NULL OR coalesce(r.state, 'not-started') = @state)
        ORDER BY a.report_year DESC, a.agency, d.id`,
    );
    this.searchStmt = db.prepare<[string], { id: number; file_name: string; agency: string | null; report_year: number | null; snippet: string }>(
      `SELECT d.id, d.file_name, a.agency, a.report_year, snippet(documents_fts, 0, '【', '】', '…', 24) AS snippet
         FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
         LEFT JOIN analyses a ON a.document_id = d.id
        WHERE documents_fts MATCH ? ORDER BY rank LIMIT 200`,
    );
  }

  list(filter: LibraryFilter): ReportSummary[] {
    const rows = this.listStmt.all({ text: filter.text?.trim() || null, year: filter.year ?? null, state: filter.state ?? null });
    return rows.map((r) => ({
      id: r.id,
      fileName: r.file_name,
      title: r.title,
      agency: r.agency,
      reportYear: r.report_year,
      regime: r.regime,
      format: r.format,
      missingCount: r.missing_count,
      partialCount: r.partial_count,
      failedChecks: r.failed_checks,
      state: r.state ?? 'not-started',
      reviewer: r.reviewer,
      importedAt: r.imported_at,
    }));
  }

  /** Trigram search needs three characters; the query is quoted so FTS syntax is never interpreted. */
  search(variants: string[]): SearchHit[] {
    const query = variants.map((v) => `"${v.replace(/"/g, '""')}"`).join(' OR ');
    return this.searchStmt.all(query).map((r) => ({ documentId: r.id, fileName: r.file_name, agency: r.agency, reportYear: r.report_year, snippet: r.snippet }));
  }
}
