import type { Analysis } from '../../../core/types';
import type { Db } from '../db';

export interface DocumentRow {
  id: number;
  sha256: string;
  file_name: string;
  source_path: string | null;
  size: number;
  source_format: string;
  encoding: string;
  text: string;
  imported_at: string;
}

export interface NewDocument {
  sha256: string;
  fileName: string;
  sourcePath: string | null;
  size: number;
  sourceFormat: string;
  encoding: string;
  text: string;
  importedAt: string;
}

/** Imported files and their analyses. */
export class DocumentsRepo {
  private readonly bySha;
  private readonly byPath;
  private readonly byId;
  private readonly insertStmt;
  private readonly replaceContentStmt;
  private readonly touchPathStmt;
  private readonly upsertAnalysisStmt;
  private readonly analysisStmt;

  constructor(db: Db) {
    this.bySha = db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE sha256 = ?');
    this.byPath = db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE source_path = ? ORDER BY id DESC LIMIT 1');
    this.byId = db.prepare<[number], DocumentRow>('SELECT * FROM documents WHERE id = ?');
    this.insertStmt = db.prepare(
      `INSERT INTO documents (sha256, file_name, source_path, size, source_format, encoding, text, imported_at)
       VALUES (@sha256, @fileName, @sourcePath, @size, @sourceFormat, @encoding, @text, @importedAt)`,
    );
    this.replaceContentStmt = db.prepare(
      `UPDATE documents SET sha256 = @sha256, file_name = @fileName, size = @size, source_format = @sourceFormat,
       encoding = @encoding, text = @text, imported_at = @importedAt WHERE id = @id`,
    );
    this.touchPathStmt = db.prepare('UPDATE documents SET source_path = ?, file_name = ? WHERE id = ?');
    this.upsertAnalysisStmt = db.prepare(
      `INSERT INTO analyses (document_id, engine_version, analyzed_at, title, agency, report_year, regime, format, issuer_kind,
         level, published_on, script, missing_count, partial_count, failed_checks, analysis_json)
       VALUES (@documentId, @engineVersion, @analyzedAt, @title, @agency, @reportYear, @regime, @format, @issuerKind,
         @level, @publishedOn, @script, @missingCount, @partialCount, @failedChecks, @json)
       ON CONFLICT(document_id) DO UPDATE SET engine_version = excluded.engine_version, analyzed_at = excluded.analyzed_at,
         title = excluded.title, agency = excluded.agency, report_year = excluded.report_year, regime = excluded.regime,
         format = excluded.format, issuer_kind = excluded.issuer_kind, level = excluded.level,
         published_on = excluded.published_on, script = excluded.script, missing_count = excluded.missing_count,
         partial_count = excluded.partial_count, failed_checks = excluded.failed_checks, analysis_json = excluded.analysis_json`,
    );
    this.analysisStmt = db.prepare<[number], { analysis_json: string }>('SELECT analysis_json FROM analyses WHERE document_id = ?');
  }

  findBySha(sha: string): DocumentRow | undefined {
    return this.bySha.get(sha);
  }

  findByPath(path: string): DocumentRow | undefined {
    return this.byPath.get(path);
  }

  get(id: number): DocumentRow | undefined {
    return this.byId.get(id);
  }

  insert(doc: NewDocument): number {
    return Number(this.insertStmt.run(doc).lastInsertRowid);
  }

  replaceContent(id: number, doc: Omit<NewDocument, 'sourcePath'>): void {
    this.replaceContentStmt.run({ ...doc, id });
  }

  touchPath(id: number, sourcePath: string | null, fileName: string): void {
    this.touchPathStmt.run(sourcePath, fileName, id);
  }

  saveAnalysis(documentId: number, analysis: Analysis, analyzedAt: string): void {
    const { meta } = analysis;
    this.upsertAnalysisStmt.run({
      documentId,
      engineVersion: analysis.engineVersion,
      analyzedAt,
      title: meta.title,
      agency: meta.agency,
      reportYear: meta.reportYear,
      regime: meta.regime,
      format: meta.format,
      issuerKind: meta.issuerKind,
      level: meta.level,
      publishedOn: meta.publishedOn,
      script: meta.script,
      missingCount: analysis.items.filter((i) => i.status === 'missing').length,
      partialCount: analysis.items.filter((i) => i.status === 'partial').length,
      failedChecks: analysis.checks.filter((c) => !c.ok && c.severity !== 'info').length,
      json: JSON.stringify(analysis),
    });
  }

  analysis(documentId: number): Analysis | undefined {
    const row = this.analysisStmt.get(documentId);
    return row ? (JSON.parse(row.analysis_json) as Analysis) : undefined;
  }
}
