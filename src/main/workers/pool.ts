import { Worker } from 'node:worker_threads';
import { AnalysisError, type AnalysisErrorCode } from '../../core/errors';
import type { Analysis } from '../../core/types';
import type { Analyzer } from './analyzer';

interface Job {
  id: number;
  bytes: Uint8Array;
  fileName: string;
  resolve: (a: Analysis) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

type Reply = { id: number; ok: true; analysis: Analysis } | { id: number; ok: false; error: { code: string; message: string } };

/**
 * A fixed set of worker threads running `script`, fed from one queue. A worker that dies takes
 * only its current file with it (refused as CORRUPT_FILE) and is replaced.
 */
export class WorkerPool implements Analyzer {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly script: string | URL,
    readonly concurrency: number,
  ) {
    for (let i = 0; i < concurrency; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.script), job: null };
    slot.worker.on('message', (reply: Reply) => {
      const job = slot.job;
      slot.job = null;
      if (job && job.id === reply.id) {
        if (reply.ok) job.resolve(reply.analysis);
        else job.reject(new AnalysisError(reply.error.code as AnalysisErrorCode, reply.error.message));
      }
      this.pump();
    });
    const fail = (why: string) => {
      const job = slot.job;
      slot.job = null;
      job?.reject(new AnalysisError('CORRUPT_FILE', `${job.fileName}: the parser stopped on this file (${why}).`));
      if (this.closed) return;
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots[index] = this.spawn();
      this.pump();
    };
    slot.worker.on('error', (err) => fail(err.message));
    slot.worker.on('exit', (code) => {
      if (!this.closed) fail(`exit ${code}`);
    });
    return slot;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.job || this.queue.length === 0) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.postMessage({ id: job.id, bytes: job.bytes, fileName: job.fileName });
    }
  }

  analyze(bytes: Uint8Array, fileName: string): Promise<Analysis> {
    if (this.closed) return Promise.reject(new Error('The analysis pool is closed.'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, bytes, fileName, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('The analysis pool was closed.'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
