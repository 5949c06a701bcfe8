import { passagesOf } from '../../../core/checks/library';
import type { Analysis } from '../../../core/types';
import type { Migration } from './index';

/** Fingerprints of each report's long sentences, for finding copied passages across the library. */
export const passages: Migration = {
  version: 3,
  name: 'passage fingerprints for DUP-TEXT',
  up(db) {
    db.exec(`
      CREATE TABLE passages (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        hash        TEXT NOT NULL,
        start       INTEGER NOT NULL,
        end         INTEGER NOT NULL
      );
      CREATE INDEX passages_hash ON passages(hash);
      CREATE INDEX passages_document ON passages(document_id);
    `);
    // Reports imported before this version get their fingerprints now.
    const insert = db.prepare('INSERT INTO passages (document_id, hash, start, end) VALUES (?, ?, ?, ?)');
    for (const row of db.prepare('SELECT document_id, analysis_json FROM analyses').all() as { document_id: number; analysis_json: string }[]) {
      for (const p of passagesOf(JSON.parse(row.analysis_json) as Analysis)) insert.run(row.document_id, p.hash, p.start, p.end);
    }
  },
};
