#!/usr/bin/env node
/**
 * The layering rules of DESIGN.md, checked on the sources (npm run lint):
 * - src/core imports nothing from main, renderer, Electron, SQLite or Node's I/O;
 * - only the two Electron entry points import `electron`;
 * - the renderer reaches core and shared through types only, never main;
 * - SQL lives in src/main/store;
 * - shared imports nothing but core types and zod.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) continue;
    if (statSync(full).isDirectory()) walk(full);
    else if (/\.(ts|vue|mts)$/.test(name)) files.push(full);
  }
};
walk(join(root, 'src'));

const problems = [];
const IMPORT = /^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;
const ELECTRON_ENTRIES = new Set(['src/main/index.ts', 'src/preload/index.ts']);

for (const file of files) {
  const rel = relative(root, file).split(sep).join('/');
  const text = readFileSync(file, 'utf8');
  const isTest = /\.test\.ts$|__tests__/.test(rel);
  for (const m of text.matchAll(IMPORT)) {
    const typeOnly = !!m[2];
    const spec = m[3] ?? m[4];
    const line = text.slice(0, m.index).split('\n').length;
    const where = `${rel}:${line}`;
    const target = spec.startsWith('.') ? relative(root, join(file, '..', spec)).split(sep).join('/') : spec;
    if (spec === 'electron' && !ELECTRON_ENTRIES.has(rel)) problems.push(`${where} imports electron; keep Electron in src/main/index.ts and src/preload/index.ts`);
    if (rel.startsWith('src/core/') && !isTest) {
      if (target.startsWith('src/main') || target.startsWith('src/renderer') || target.startsWith('src/cli')) problems.push(`${where} core imports ${target}`);
      if (/^(node:)?(fs|child_process|net|http|https|worker_threads)$/.test(spec) || spec === 'better-sqlite3') problems.push(`${where} core imports ${spec}`);
    }
    if (rel.startsWith('src/renderer/')) {
      if (target.startsWith('src/main') || target.startsWith('src/cli')) problems.push(`${where} renderer imports ${target}`);
      if (target.startsWith('src/core') && !typeOnly) problems.push(`${where} renderer imports core code (types only)`);
      if (spec.startsWith('node:') || spec === 'better-sqlite3') problems.push(`${where} renderer imports ${spec}`);
    }
    if (rel.startsWith('src/shared/') && (target.startsWith('src/main') || target.startsWith('src/renderer'))) problems.push(`${where} shared imports ${target}`);
  }
  if (!rel.startsWith('src/main/store/') && !isTest && /\.(prepare|exec)\(\s*[`'"]\s*(SELECT|INSERT|UPDATE|DELETE|CREATE)/i.test(text)) problems.push(`${rel}: SQL outside src/main/store`);
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} layering problem(s)`);
  process.exit(1);
}
console.log(`layers ok (${files.length} files)`);
