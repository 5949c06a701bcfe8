import { convertScript } from '../../core/normalize/script';
import type { SearchHit } from '../../shared/dto';
import type { LibraryRepo, LibraryFilter } from '../store/repos/library';

/** Script-agnostic search: the query is looked up as typed, in Simplified and in Traditional. */
export class SearchService {
  constructor(private readonly library: LibraryRepo) {}

  search(text: string): SearchHit[] {
    const q = text.trim();
    if (q.length === 0) return [];
    const variants = [...new Set([q, convertScript(q, 'simplified'), convertScript(q, 'traditional')])];
    if ([...q].length < 3) {
      // Trigram indexes need three characters; short queries filter the library instead.
      const seen = new Map<number, SearchHit>();
      for (const v of variants) {
        for (const r of this.library.list({ text: v } satisfies LibraryFilter)) {
          seen.set(r.id, { documentId: r.id, fileName: r.fileName, agency: r.agency, reportYear: r.reportYear, snippet: r.title ?? r.fileName });
        }
      }
      return [...seen.values()];
    }
    return this.library.search(variants);
  }
}
