import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface FoundFile {
  /** The path to read. */
  path: string;
  /** How to name it to the reviewer: as given, or the folder given joined with the relative path. */
  display: string;
}

/** Expands folders (recursively, hidden entries skipped) into files, in a stable order. */
export function collectFiles(paths: readonly string[]): { files: FoundFile[]; missing: string[] } {
  const files: FoundFile[] = [];
  const missing: string[] = [];
  const walk = (dir: string, display: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = join(dir, e.name);
      const shown = join(display, e.name);
      if (e.isDirectory()) walk(full, shown);
      else if (e.isFile()) files.push({ path: full, display: shown });
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
  return { files, missing };
}

export const fileNameOf = (p: string) => basename(p);
