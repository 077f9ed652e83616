// A worker for the pool's tests: answers `echo` requests, crashes on `crash`, hangs on `hang`.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (req) => {
  if (req.source === 'crash') process.exit(7);
  if (req.source === 'throw') throw new Error('thrown in the worker');
  if (req.source === 'hang') for (;;);
  parentPort.postMessage({ id: req.id, rows: { sha256: req.sha256, bytes: req.bytes.length } });
});
