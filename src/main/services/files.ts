import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

export interface FoundFile {
  /** The path to read. */
  path: string;
  /** How to name it to the reviewer: as given, or the folder given joined with the relative path. */
  display: string;
}

export interface SkippedFile {
  file: string;
  reason: string;
}

/** What agencies publish reports as; anything else found while walking a folder is skipped. */
export const REPORT_EXTENSIONS = new Set(['.txt', '.htm', '.html', '.xhtml', '.shtml', '.mht', '.mhtml', '.docx', '.doc', '.pdf']);

/**
 * Expands folders (recursively, hidden entries skipped) into files, in a stable order. Files met
 * in a folder that are not of a report kind are listed as skipped; files named explicitly are
 * always tried, so a report saved under a wrong extension still gets a real answer.
 */
export function collectFiles(paths: readonly string[]): { files: FoundFile[]; missing: string[]; skipped: SkippedFile[] } {
  const files: FoundFile[] = [];
  const missing: string[] = [];
  const skipped: SkippedFile[] = [];
  const walk = (dir: string, display: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name.startsWith('~$')) continue;
      const full = join(dir, e.name);
      const shown = join(display, e.name);
      if (e.isDirectory()) walk(full, shown);
      else if (e.isFile()) {
        if (REPORT_EXTENSIONS.has(extname(e.name).toLowerCase())) files.push({ path: full, display: shown });
        else skipped.push({ file: shown, reason: `${shown}: skipped — ${extname(e.name) || 'no extension'} is not a report format (txt, html, mht, docx, doc, pdf).` });
      }
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isDirectory()) walk(p, p);
    else files.push({ path: p, display: p });
  }
  return { files, missing, skipped };
}

export const fileNameOf = (p: string) => basename(p);
