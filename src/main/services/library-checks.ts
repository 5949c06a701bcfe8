import { carryOverCheck, duplicateTextChecks, type DuplicateSource } from '../../core/checks/library';
import { convertScript } from '../../core/normalize/script';
import type { Analysis, CheckResult, Span } from '../../core/types';
import type { Store } from '../store';

const sameName = (a: string | null, b: string | null) => !!a && !!b && convertScript(a, 'simplified') === convertScript(b, 'simplified');

function merge(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end + 1) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** CARRY-OVER and DUP-TEXT: the checks that compare a report with the rest of the library. */
export class LibraryChecksService {
  constructor(private readonly store: Store) {}

  run(documentId: number, analysis: Analysis): CheckResult[] {
    return [...this.carryOver(documentId, analysis), ...this.duplicates(documentId, analysis)];
  }

  private carryOver(documentId: number, analysis: Analysis): CheckResult[] {
    const t3 = analysis.tables.find((t) => t.id === 'T3');
    const year = analysis.meta.reportYear;
    const agency = analysis.meta.agency;
    if (!t3 || !year || !agency) return [];
    // Only the same agency's reports are read, whichever script it printed its name in.
    const spellings = [...new Set([agency, convertScript(agency, 'simplified'), convertScript(agency, 'traditional')])];
    for (const peer of this.store.passages.reportsOf(year - 1, spellings)) {
      if (peer.documentId === documentId || !sameName(peer.agency, analysis.meta.agency)) continue;
      const previous = JSON.parse(peer.analysisJson) as Analysis;
      const prevT3 = previous.tables.find((t) => t.id === 'T3');
      if (prevT3) return [carryOverCheck(t3, { fileName: peer.fileName, reportYear: year - 1, t3: prevT3 })];
    }
    return [];
  }

  private duplicates(documentId: number, analysis: Analysis): CheckResult[] {
    if (this.store.passages.documentCount() < 2) return [];
    const byDocument = new Map<number, Span[]>();
    for (const s of this.store.passages.shared(documentId)) byDocument.set(s.documentId, [...(byDocument.get(s.documentId) ?? []), { start: s.start, end: s.end }]);
    const sources: DuplicateSource[] = [];
    for (const [otherId, spans] of byDocument) {
      const meta = this.store.passages.meta(otherId);
      if (!meta) continue;
      sources.push({ fileName: meta.fileName, agency: meta.agency, reportYear: meta.reportYear, sameAgency: sameName(meta.agency, analysis.meta.agency), spans: merge(spans) });
    }
    return duplicateTextChecks(analysis, sources);
  }
}
