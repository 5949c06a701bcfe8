import { mkdtempSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createServices } from '../services';
import { seedFile } from '../../core/__tests__/seeds';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-bad-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da6364f8ff3f0000050001a5f645400000000049454e44ae426082', 'hex');

describe('a batch with bad files', () => {
  writeFileSync(join(dir, 'a-empty.txt'), '');
  writeFileSync(join(dir, 'b-binary.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  writeFileSync(join(dir, 'c-image.txt'), PNG);
  writeFileSync(join(dir, 'd-not-a-report.txt'), '今天天气很好，我们去公园散步，看到了很多花。\n下午回家做饭。\n'.repeat(20));
  writeFileSync(join(dir, 'e-huge.txt'), Buffer.alloc(50 * 1024 * 1024, 0x41));
  writeFileSync(join(dir, 'f-whitespace.txt'), '   \n\n  \t ');
  copyFileSync(seedFile('001'), join(dir, 'g-seed-001.txt'));
  copyFileSync(seedFile('004'), join(dir, 'h-seed-004.txt'));

  it('refuses each bad file with its own code and a message naming the file, and analyses the rest', async () => {
    const services = createServices(':memory:');
    const result = await services.imports.importPaths([dir]);
    const byFile = Object.fromEntries(result.failed.map((f) => [f.file.split('/').pop(), f]));
    expect(byFile['a-empty.txt'].code).toBe('EMPTY_FILE');
    expect(byFile['b-binary.txt'].code).toBe('BINARY_FILE');
    expect(byFile['c-image.txt'].code).toBe('UNSUPPORTED_FORMAT');
    expect(byFile['c-image.txt'].message).toMatch(/PNG image/);
    expect(byFile['d-not-a-report.txt'].code).toBe('NOT_A_REPORT');
    expect(byFile['e-huge.txt'].code).toBe('TOO_LARGE');
    expect(byFile['f-whitespace.txt'].code).toBe('EMPTY_FILE');
    for (const f of result.failed) expect(f.message).toContain(f.file.split('/').pop());
    expect(result.imported.map((f) => f.file.split('/').pop())).toEqual(['g-seed-001.txt', 'h-seed-004.txt']);
    // The library lists the failures with their reasons.
    expect(services.store.failures.list()).toHaveLength(6);
    services.close();
  });

  it('a truncated report is still analysed, with what is missing reported', async () => {
    const services = createServices(':memory:');
    const path = join(dir, 'truncated.txt');
    const full = await import('node:fs').then((fs) => fs.readFileSync(seedFile('001')));
    writeFileSync(path, full.subarray(0, Math.floor(full.length / 3)));
    const outcome = await services.imports.importFile(path);
    expect(outcome.ok).toBe(true);
    expect(outcome.analysis!.items.find((i) => i.id === 'R19-6')!.status).toBe('missing');
    services.close();
  });
});
