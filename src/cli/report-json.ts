import type { FileOutcome } from '../main/services/import-service';

/** One entry of the CLI's `reports` array, in the shape of CLI-JSON.md. */
export function reportJson(outcome: FileOutcome) {
  const a = outcome.analysis;
  if (!outcome.ok || !a) {
    return { file: outcome.file, ok: false, error: outcome.error, meta: null, sections: [], tables: [], items: [], checks: [] };
  }
  return {
    file: outcome.file,
    ok: true,
    error: null,
    meta: a.meta,
    sections: a.sections.map((s) => ({ heading: s.heading, level: s.level, key: s.key, start: s.start, end: s.end })),
    tables: a.tables.map((t) => ({ id: t.id, title: t.title, format: t.format, cells: t.cells })),
    items: a.items,
    checks: a.checks,
  };
}
