// A stand-in analysis worker for the pool's own tests: echoes, fails, or dies on request.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', async ({ id, bytes, fileName }) => {
  const text = Buffer.from(bytes).toString('utf8');
  if (text === 'die') process.exit(3);
  if (text === 'fail') return parentPort.postMessage({ id, ok: false, error: { code: 'NOT_A_REPORT', message: `${fileName}: nope` } });
  await new Promise((r) => setTimeout(r, Number(text) || 5));
  parentPort.postMessage({ id, ok: true, analysis: { text, fileName, threadId: (await import('node:worker_threads')).threadId } });
});
