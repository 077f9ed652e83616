// A batch worker process (pool.ts starts it): the compiled build's dist/worker.mjs, and, through tsx,
// what src/pipeline/worker.mjs runs from the sources.
import { serveWorker } from './worker.js';

serveWorker();
