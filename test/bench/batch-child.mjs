// One batch run for `npm run bench`, in a fresh process (peak RSS is process-wide and worker threads
// share it): every fixture into a new store with N workers; prints one JSON line.
// Usage: node test/bench/batch-child.mjs WORKERS DB
await import('../../src/parse/pdf/pdfjs.mjs');
const { register } = await import('tsx/esm/api');
register();
await import('./batch-child.ts');
