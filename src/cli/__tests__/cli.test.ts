import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checklistFor } from '../../core/rules/checklist';

const root = join(import.meta.dirname, '../../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const cli = join(root, 'src/cli/index.ts');

const span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
const evidence = span.extend({ quote: z.string() });
const report = z.object({
  file: z.string(),
  ok: z.boolean(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  meta: z
    .object({
      title: z.string().nullable(),
      agency: z.string().nullable(),
      issuerKind: z.enum(['government', 'department']).nullable(),
      level: z.enum(['national', 'province', 'city', 'county', 'township']).nullable(),
      reportYear: z.number().int().nullable(),
      publishedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
      regime: z.enum(['2007', '2019']).nullable(),
      format: z.enum(['2019-60', '2021-30']).nullable(),
      script: z.enum(['simplified', 'traditional', 'mixed']),
      encoding: z.string(),
      sourceFormat: z.string(),
    })
    .nullable(),
  sections: z.array(span.extend({ heading: z.string(), level: z.number().int(), key: z.string().nullable() })),
  tables: z.array(z.object({ id: z.string(), cells: z.record(z.string(), z.array(z.number().nullable())) }).passthrough()),
  items: z.array(z.object({ id: z.string(), status: z.enum(['present', 'partial', 'missing', 'not-applicable']), confidence: z.number().min(0).max(1), reason: z.string().min(1), evidence: z.array(evidence) })),
  checks: z.array(z.object({ id: z.string(), ok: z.boolean(), severity: z.enum(['error', 'warning', 'info']), message: z.string(), cells: z.array(z.string()), evidence: z.array(evidence) })),
});
const output = z.object({ reports: z.array(report) });

function run(args: string[]) {
  return spawnSync(tsx, [cli, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

describe('npm run review', () => {
  it('--json seeds prints one JSON document of the documented shape', () => {
    const res = run(['--json', 'seeds']);
    expect(res.status).toBe(0);
    const parsed = output.parse(JSON.parse(res.stdout));
    expect(parsed.reports.map((r) => r.file)).toEqual([
      'seeds/000_871edf006fd800a5.txt',
      'seeds/001_72945e47686616df.txt',
      'seeds/002_26d78d44b29d2cd6.txt',
      'seeds/003_81607b53ed23230b.txt',
      'seeds/004_cc4324fc729039f4.txt',
    ]);
    for (const r of parsed.reports) {
      expect(r.ok).toBe(true);
      // Every item of the regime in force, in checklist order.
      expect(r.items.map((i) => i.id)).toEqual(checklistFor(r.meta!.regime!).items.map((i) => i.id));
      // Evidence points into the decoded original text: its quote is the text there.
      for (const s of r.sections) expect(s.end).toBeGreaterThan(s.start);
    }
    const seed001 = parsed.reports[1];
    expect(seed001.tables.find((t) => t.id === 'T3')!.cells['三.一']).toEqual([15, 0, 0, 0, 1, 0, 16]);
    expect(seed001.checks.filter((c) => c.ok).map((c) => c.id)).toContain('T3-BALANCE');
    expect(res.stderr).toMatch(/\[5\/5\]/);
  });

  it('a bad file in the batch gets ok:false and the exit code stays 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));
    try {
      writeFileSync(join(dir, 'empty.txt'), '');
      copyFileSync(join(root, 'seeds/004_cc4324fc729039f4.txt'), join(dir, 'report.txt'));
      const res = run(['--json', dir]);
      expect(res.status).toBe(0);
      const parsed = output.parse(JSON.parse(res.stdout));
      const empty = parsed.reports.find((r) => r.file.endsWith('empty.txt'))!;
      expect(empty).toMatchObject({ ok: false, error: { code: 'EMPTY_FILE' } });
      expect(parsed.reports.find((r) => r.file.endsWith('report.txt'))!.ok).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('misuse exits 2 with the usage', () => {
    const res = run(['--bogus']);
    expect(res.status).toBe(2);
    expect(res.stderr).toMatch(/usage/);
    expect(run([]).status).toBe(2);
  });

  it('prints a readable summary without --json and keeps reports in --db', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));
    try {
      const db = join(dir, 'store.db');
      const out = execFileSync(tsx, [cli, '--db', db, 'seeds/001_72945e47686616df.txt'], { cwd: root, encoding: 'utf8' });
      expect(out).toMatch(/宿遷市人力資源和社會保障局 · 2021/);
      expect(out).toMatch(/TXT-SUM/);
      const again = run(['--json', '--db', db, 'seeds/001_72945e47686616df.txt']);
      expect(output.parse(JSON.parse(again.stdout)).reports[0].ok).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
