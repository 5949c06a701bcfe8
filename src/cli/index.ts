#!/usr/bin/env node
import { createServices } from '../main/services';
import { reportJson } from './report-json';
import { summaryText } from './summary';

const USAGE = `usage: npm run review -- [--json] [--db FILE] PATH...

  PATH        report files or folders (folders are walked)
  --json      print one JSON document on stdout (progress goes to stderr)
  --db FILE   keep the reports in this review store (default: a temporary one)
`;

interface CliArgs {
  json: boolean;
  db: string | null;
  paths: string[];
}

function parseArgs(argv: string[]): CliArgs | string {
  const args: CliArgs = { json: false, db: null, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--db') {
      const v = argv[++i];
      if (!v) return '--db needs a file';
      args.db = v;
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
  const reports: ReturnType<typeof reportJson>[] = [];
  try {
    const result = await services.imports.importPaths(parsed.paths, {
      onFile: (outcome) => {
        if (parsed.json) reports.push(reportJson(outcome));
        else process.stdout.write(summaryText(outcome));
      },
      onProgress: (p) => {
        if (parsed.json) process.stderr.write(`[${p.done}/${p.total}] ${p.file}\n`);
      },
    });
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
