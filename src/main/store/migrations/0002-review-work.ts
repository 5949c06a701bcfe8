import type { Migration } from './index';

/**
 * The reviewer's own work, kept apart from the analysis so that re-analysing never touches it:
 * decisions per item, annotations, overrides, review state, an audit trail that also drives undo,
 * import failures for the library view, settings, and full-text search over report text.
 */
export const reviewWork: Migration = {
  version: 2,
  name: 'review work, audit trail and search',
  up(db) {
    db.exec(`
      CREATE TABLE reviews (
        document_id    INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        state          TEXT NOT NULL DEFAULT 'not-started' CHECK (state IN ('not-started', 'in-progress', 'done')),
        reviewer       TEXT,
        conclusion     TEXT,
        overrides_json TEXT,
        updated_at     TEXT NOT NULL
      );

      CREATE TABLE item_decisions (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        item_id     TEXT NOT NULL,
        status      TEXT CHECK (status IS NULL OR status IN ('present', 'partial', 'missing', 'not-applicable')),
        severity    TEXT CHECK (severity IS NULL OR severity IN ('major', 'minor', 'info')),
        note        TEXT,
        reviewer    TEXT,
        updated_at  TEXT NOT NULL,
        PRIMARY KEY (document_id, item_id)
      );

      CREATE TABLE annotations (
        id          INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start       INTEGER NOT NULL,
        end         INTEGER NOT NULL,
        quote       TEXT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('missing-disclosure', 'data-error', 'wording', 'question')),
        comment     TEXT NOT NULL DEFAULT '',
        author      TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        deleted_at  TEXT
      );
      CREATE INDEX annotations_document ON annotations(document_id);

      CREATE TABLE audit_log (
        id          INTEGER PRIMARY KEY,
        document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
        at          TEXT NOT NULL,
        actor       TEXT,
        action      TEXT NOT NULL,
        target      TEXT NOT NULL,
        before_json TEXT,
        after_json  TEXT,
        undone      INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX audit_log_document ON audit_log(document_id, id);

      CREATE TABLE import_failures (
        id        INTEGER PRIMARY KEY,
        path      TEXT NOT NULL,
        file_name TEXT NOT NULL,
        code      TEXT NOT NULL,
        message   TEXT NOT NULL,
        at        TEXT NOT NULL
      );

      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );

      CREATE VIRTUAL TABLE documents_fts USING fts5(text, content='documents', content_rowid='id', tokenize='trigram');
      INSERT INTO documents_fts(rowid, text) SELECT id, text FROM documents;
      CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, text) VALUES (new.id, new.text);
      END;
      CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, text) VALUES ('delete', old.id, old.text);
      END;
      CREATE TRIGGER documents_fts_update AFTER UPDATE OF text ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO documents_fts(rowid, text) VALUES (new.id, new.text);
      END;
    `);
  },
};
