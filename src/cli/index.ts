#!/usr/bin/env node
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createServices } from '../main/services';
import { reportJson } from './report-json';
import { summaryText } from './summary';

const USAGE = `usage: npm run review -- [--json] [--memo docx|md|html] [--out DIR] [--script simplified|traditional] [--db FILE] PATH...

  PATH          report files or folders (folders are walked)
  --json        print one JSON document on stdout (progress goes to stderr)
  --memo FMT    write a review memo per report (docx, md or html)
  --out DIR     where memos go (default: the current folder)
  --script S    the memo's script (default: simplified)
  --db FILE     keep the reports in this review store (default: a temporary one)
`;

const MEMO_FORMATS = ['docx', 'md', 'html'] as const;

interface CliArgs {
  json: boolean;
  db: string | null;
  memo: (typeof MEMO_FORMATS)[number] | null;
  out: string;
  script: 'simplified' | 'traditional';
  paths: string[];
}

function parseArgs(argv: string[]): CliArgs | string {
  const args: CliArgs = { json: false, db: null, memo: null, out: '.', script: 'simplified', paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--db') {
      const v = argv[++i];
      if (!v) return '--db needs a file';
      args.db = v;
    } else if (a === '--memo') {
      const v = argv[++i] as CliArgs['memo'];
      if (!v || !MEMO_FORMATS.includes(v)) return '--memo needs docx, md or html';
      args.memo = v;
    } else if (a === '--out') {
      const v = argv[++i];
      if (!v) return '--out needs a folder';
      args.out = v;
    } else if (a === '--script') {
      const v = argv[++i];
      if (v !== 'simplified' && v !== 'traditional') return '--script needs simplified or traditional';
      args.script = v;
    } else if (a === '--help' || a === '-h') return '';
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else args.paths.push(a);
  }
  if (args.paths.length === 0) return 'no PATH given';
  return args;
}

export async function main(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    if (parsed) process.stderr.write(`error: ${parsed}\n`);
    process.stderr.write(USAGE);
    return parsed ? 2 : 0;
  }
  const services = createServices(parsed.db ?? ':memory:');
  const reports: (ReturnType<typeof reportJson> & { memo?: string })[] = [];
  if (parsed.memo) mkdirSync(parsed.out, { recursive: true });
  const pending: Promise<void>[] = [];
  const outcomes = new Map<string, number>();
  try {
    const result = await services.imports.importPaths(parsed.paths, {
      onFile: (outcome) => {
        const entry: (typeof reports)[number] = reportJson(outcome);
        if (outcome.ok && outcome.documentId) outcomes.set(outcome.file, outcome.documentId);
        if (parsed.memo && outcome.ok && outcome.documentId) {
          pending.push(
            services.exports.memo(outcome.documentId, parsed.memo, parsed.script).then((file) => {
              const path = join(parsed.out, file.suggestedName);
              services.exports.write(path, file);
              entry.memo = path;
              if (!parsed.json) process.stdout.write(`  审查意见: ${path}\n`);
            }),
          );
        }
        if (parsed.json) reports.push(entry);
        else process.stdout.write(summaryText(outcome));
      },
      onProgress: (p) => {
        if (parsed.json) process.stderr.write(`[${p.done}/${p.total}] ${p.file}\n`);
      },
    });
    await Promise.all(pending);
    // Checks across the batch (CARRY-OVER, DUP-TEXT) can only run once every report is in.
    for (const entry of reports) {
      const id = outcomes.get(entry.file);
      if (entry.ok && id) entry.checks = services.reviews.getReport(id).analysis.checks;
    }
    for (const f of result.failed.filter((f) => f.code === 'NOT_FOUND')) {
      if (parsed.json) reports.push({ file: f.file, ok: false, error: { code: f.code, message: f.message }, meta: null, sections: [], tables: [], items: [], checks: [] });
      else process.stdout.write(`✗ ${f.file}\n  ${f.code}: ${f.message}\n`);
    }
    if (parsed.json) process.stdout.write(JSON.stringify({ reports }, null, 2) + '\n');
    else process.stderr.write(`${result.imported.length} analysed, ${result.failed.length} failed\n`);
    return 0;
  } finally {
    services.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`error: ${(err as Error).stack ?? err}\n`);
    process.exitCode = 1;
  },
);
