import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../pool';

const script = new URL('./fake-worker.mjs', import.meta.url);
const bytes = (s: string) => new Uint8Array(Buffer.from(s));

describe('worker pool', () => {
  it('spreads files over its threads and returns each result to its caller', async () => {
    const pool = new WorkerPool(script, 2);
    const results = await Promise.all(['40', '40', '40', '40'].map((t, i) => pool.analyze(bytes(t), `f${i}`)));
    expect(results.map((r) => (r as unknown as { fileName: string }).fileName)).toEqual(['f0', 'f1', 'f2', 'f3']);
    expect(new Set(results.map((r) => (r as unknown as { threadId: number }).threadId)).size).toBe(2);
    await pool.close();
  });

  it('passes refusals through with their code', async () => {
    const pool = new WorkerPool(script, 1);
    await expect(pool.analyze(bytes('fail'), 'x.txt')).rejects.toMatchObject({ code: 'NOT_A_REPORT', message: 'x.txt: nope' });
    await pool.close();
  });

  it('a crashing file fails alone; the pool replaces the worker and carries on', async () => {
    const pool = new WorkerPool(script, 1);
    const crash = pool.analyze(bytes('die'), 'bomb.pdf');
    const next = pool.analyze(bytes('5'), 'fine.txt');
    await expect(crash).rejects.toMatchObject({ code: 'CORRUPT_FILE' });
    await expect(next).resolves.toMatchObject({ fileName: 'fine.txt' });
    await pool.close();
  });
});
