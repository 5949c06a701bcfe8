import { Store } from '../store';
import { openDatabase, type OpenOptions } from '../store/db';
import { ExportService } from './export-service';
import { ImportService } from './import-service';
import { LibraryChecksService } from './library-checks';
import { ReviewService } from './review-service';
import { SearchService } from './search-service';
import { SettingsService } from './settings-service';
import type { Analyzer } from '../workers/analyzer';

export interface Services {
  store: Store;
  imports: ImportService;
  reviews: ReviewService;
  settings: SettingsService;
  search: SearchService;
  exports: ExportService;
  close(): void;
}

/** Builds every service over one store; used alike by Electron main, the CLI and the e2e harness. */
export function createServices(dbFile: string, options: OpenOptions & { printToPdf?: (html: string) => Promise<Buffer>; analyzer?: Analyzer } = {}): Services {
  const store = new Store(openDatabase(dbFile, options));
  const imports = new ImportService(store, options.analyzer);
  const settings = new SettingsService(store);
  const reviews = new ReviewService(store, imports, () => settings.reviewer(), new LibraryChecksService(store));
  const search = new SearchService(store.library);
  const exports = new ExportService(reviews, settings, options.printToPdf ?? null);
  return {
    store,
    imports,
    reviews,
    settings,
    search,
    exports,
    close: () => {
      void options.analyzer?.close();
      store.close();
    },
  };
}
