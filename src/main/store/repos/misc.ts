import type { FailedFile } from '../../../shared/dto';
import type { Db } from '../db';

/** Files that could not be imported, kept so the library can list them with their reasons. */
export class FailuresRepo {
  private readonly insertStmt;
  private readonly listStmt;
  private readonly clearStmt;
  private readonly clearPathStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare('INSERT INTO import_failures (path, file_name, code, message, at) VALUES (?, ?, ?, ?, ?)');
    this.listStmt = db.prepare<[], { path: string; code: string; message: string }>('SELECT path, code, message FROM import_failures ORDER BY id DESC LIMIT 1000');
    this.clearStmt = db.prepare('DELETE FROM import_failures');
    this.clearPathStmt = db.prepare('DELETE FROM import_failures WHERE path = ?');
  }

  record(path: string, fileName: string, code: string, message: string, at: string): void {
    this.clearPathStmt.run(path);
    this.insertStmt.run(path, fileName, code, message, at);
  }

  forget(path: string): void {
    this.clearPathStmt.run(path);
  }

  list(): FailedFile[] {
    return this.listStmt.all().map((r) => ({ file: r.path, code: r.code, message: r.message }));
  }

  clear(): void {
    this.clearStmt.run();
  }
}

export class SettingsRepo {
  private readonly getStmt;
  private readonly setStmt;

  constructor(db: Db) {
    this.getStmt = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
    this.setStmt = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  }

  get(key: string): string | null {
    return this.getStmt.get(key)?.value ?? null;
  }

  set(key: string, value: string): void {
    this.setStmt.run(key, value);
  }
}
