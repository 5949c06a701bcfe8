import { analyzeFile } from '../../core/analyze';
import type { Analysis } from '../../core/types';

/** Whatever turns file bytes into an analysis: in this thread, or in a pool of worker threads. */
export interface Analyzer {
  /** How many files it can work on at once. */
  readonly concurrency: number;
  analyze(bytes: Uint8Array, fileName: string): Promise<Analysis>;
  close(): Promise<void>;
}

export const inProcessAnalyzer: Analyzer = {
  concurrency: 1,
  analyze: (bytes, fileName) => analyzeFile(bytes, fileName),
  close: async () => undefined,
};
