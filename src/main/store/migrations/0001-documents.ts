import type { Migration } from './index';

/** Imported files and the engine's analysis of each. */
export const initDocuments: Migration = {
  version: 1,
  name: 'documents and analyses',
  up(db) {
    db.exec(`
      CREATE TABLE documents (
        id            INTEGER PRIMARY KEY,
        sha256        TEXT NOT NULL UNIQUE,
        file_name     TEXT NOT NULL,
        source_path   TEXT,
        size          INTEGER NOT NULL,
        source_format TEXT NOT NULL,
        encoding      TEXT NOT NULL,
        text          TEXT NOT NULL,
        imported_at   TEXT NOT NULL
      );
      CREATE INDEX documents_source_path ON documents(source_path);

      CREATE TABLE analyses (
        document_id     INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        engine_version  TEXT NOT NULL,
        analyzed_at     TEXT NOT NULL,
        title           TEXT,
        agency          TEXT,
        report_year     INTEGER,
        regime          TEXT,
        format          TEXT,
        issuer_kind     TEXT,
        level           TEXT,
        published_on    TEXT,
        script          TEXT NOT NULL,
        missing_count   INTEGER NOT NULL,
        partial_count   INTEGER NOT NULL,
        failed_checks   INTEGER NOT NULL,
        analysis_json   TEXT NOT NULL
      );
      CREATE INDEX analyses_year ON analyses(report_year);
    `);
  },
};
