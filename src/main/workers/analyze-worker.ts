/** Worker-thread entry: parses and analyses one file at a time, off the main process's thread. */
import { parentPort } from 'node:worker_threads';
import { analyzeFile } from '../../core/analyze';
import { isAnalysisError } from '../../core/errors';

export interface AnalyzeRequest {
  id: number;
  bytes: Uint8Array;
  fileName: string;
}

parentPort?.on('message', async (req: AnalyzeRequest) => {
  try {
    const analysis = await analyzeFile(req.bytes, req.fileName);
    parentPort!.postMessage({ id: req.id, ok: true, analysis });
  } catch (err) {
    const error = isAnalysisError(err) ? { code: err.code, message: err.message } : { code: 'CORRUPT_FILE', message: `${req.fileName}: ${(err as Error)?.message ?? String(err)}` };
    parentPort!.postMessage({ id: req.id, ok: false, error });
  }
});
