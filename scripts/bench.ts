/**
 * npm run bench — prints how fast the engine and the import are on this machine:
 * analyze() per seed and per generated report (median and p95 ms), reports per second into a
 * fresh store, and peak memory. Figures only; nothing here passes or fails.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../src/core/analyze';
import { createServices } from '../src/main/services';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { WorkerPool } from '../src/main/workers/pool';
import { writeCorpus, writeMixedFolder } from './corpus';

const root = join(import.meta.dirname, '..');
const seedsDir = join(root, 'seeds');

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { median: at(0.5), p95: at(0.95), n: s.length };
}

const fmt = (ms: number) => ms.toFixed(2).padStart(7);

function timeAnalyze(files: { name: string; bytes: Buffer }[], rounds: number): number[] {
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const f of files) {
      const t0 = performance.now();
      try {
        analyze(f.bytes, f.name);
      } catch {
        /* refusals are timed too */
      }
      samples.push(performance.now() - t0);
    }
  }
  return samples;
}

async function main() {
  const count = Number(process.env.BENCH_FILES ?? 1000);
  const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => ({ name: f, bytes: readFileSync(join(seedsDir, f)) }));
  timeAnalyze(seeds, 3); // warm-up: JIT and the OpenCC character cache

  console.log('analyze() per seed (50 runs each)');
  for (const seed of seeds) {
    const s = stats(timeAnalyze([seed], 50));
    console.log(`  ${seed.name}  median ${fmt(s.median)} ms   p95 ${fmt(s.p95)} ms   (${(seed.bytes.length / 1024).toFixed(1)} KB)`);
  }
  const all = stats(timeAnalyze(seeds, 50));
  console.log(`  all seeds          median ${fmt(all.median)} ms   p95 ${fmt(all.p95)} ms   target ≤ 10 ms median`);

  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
  try {
    const t0 = performance.now();
    const paths = writeCorpus(seedsDir, join(dir, 'corpus'), count);
    console.log(`\ngenerated ${paths.length} reports (agency, year, numbers, encoding, script varied) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const corpus = paths.map((p) => ({ name: p, bytes: readFileSync(p) }));
    const c = stats(timeAnalyze(corpus, 1));
    console.log(`analyze() per generated report   median ${fmt(c.median)} ms   p95 ${fmt(c.p95)} ms   (n=${c.n})`);

    const services = createServices(join(dir, 'bench.db'));
    const t1 = performance.now();
    const result = await services.imports.importPaths([join(dir, 'corpus')]);
    const seconds = (performance.now() - t1) / 1000;
    services.close();
    console.log(`import into a fresh store        ${result.imported.length} imported, ${result.failed.length} failed in ${seconds.toFixed(2)} s = ${(result.imported.length / seconds).toFixed(0)} reports/s   target: 1,000 in ≤ 20 s`);

    // A reviewer's folder: 500 files of every format with broken ones, through the worker pool the app uses.
    const folderCount = Number(process.env.BENCH_FOLDER_FILES ?? 500);
    const folder = join(dir, 'folder');
    await writeMixedFolder(seedsDir, join(root, 'src/core/__fixtures__/formats'), folder, folderCount);
    const worker = join(root, 'out/main/analyze-worker.js');
    const threads = Math.max(1, availableParallelism() - 1);
    const analyzer = existsSync(worker) ? new WorkerPool(worker, threads) : undefined;
    const mixed = createServices(join(dir, 'folder.db'), { analyzer });
    const t2 = performance.now();
    let last = 0;
    const folderResult = await mixed.imports.importPaths([folder], { onProgress: (p) => (last = p.done) });
    const folderSeconds = (performance.now() - t2) / 1000;
    mixed.close();
    const byCode = new Map<string, number>();
    for (const f of folderResult.failed) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
    console.log(
      `\nmixed folder (${last} files: txt/docx/pdf/doc/mht + broken), ${analyzer ? `${threads} worker thread(s)` : 'in-process (run npm run build for the worker pool)'}`,
    );
    console.log(`  ${folderResult.imported.length} imported, ${folderResult.failed.length} refused (${[...byCode].map(([k, v]) => `${k} ${v}`).join(', ')}) in ${folderSeconds.toFixed(2)} s = ${(last / folderSeconds).toFixed(0)} files/s`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(`peak memory (max RSS)            ${peak.toFixed(0)} MB`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
