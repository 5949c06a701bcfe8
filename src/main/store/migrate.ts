import type Database from 'better-sqlite3';
import type { Migration } from './migrations';

export class StoreError extends Error {
  constructor(
    readonly code: 'DB_FROM_FUTURE' | 'MIGRATION_FAILED',
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/**
 * Applies every migration above `PRAGMA user_version`, each in its own transaction together with
 * the version bump, so a crash leaves the store at a known version. A store written by a newer
 * app is refused rather than guessed at.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[]): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  if (current > latest) {
    throw new StoreError('DB_FROM_FUTURE', `The review store is version ${current}, newer than this app understands (${latest}). Update the app; the store was not changed.`);
  }
  for (const m of migrations) {
    if (m.version <= current) continue;
    const run = db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    });
    try {
      run();
    } catch (err) {
      throw new StoreError('MIGRATION_FAILED', `Migration ${m.version} (${m.name}) failed: ${(err as Error).message}`);
    }
  }
  return db.pragma('user_version', { simple: true }) as number;
}
