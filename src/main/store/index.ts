import type { Db } from './db';
import { AuditRepo } from './repos/audit';
import { DocumentsRepo } from './repos/documents';
import { LibraryRepo } from './repos/library';
import { PassagesRepo } from './repos/passages';
import { FailuresRepo, SettingsRepo } from './repos/misc';
import { ReviewsRepo } from './repos/reviews';

export { openDatabase, type Db } from './db';

/** The one place that owns the database: every repository over one connection. */
export class Store {
  readonly documents: DocumentsRepo;
  readonly library: LibraryRepo;
  readonly reviews: ReviewsRepo;
  readonly audit: AuditRepo;
  readonly failures: FailuresRepo;
  readonly settings: SettingsRepo;
  readonly passages: PassagesRepo;

  constructor(readonly db: Db) {
    this.documents = new DocumentsRepo(db);
    this.library = new LibraryRepo(db);
    this.reviews = new ReviewsRepo(db);
    this.audit = new AuditRepo(db);
    this.failures = new FailuresRepo(db);
    this.settings = new SettingsRepo(db);
    this.passages = new PassagesRepo(db);
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  close(): void {
    this.db.close();
  }
}
