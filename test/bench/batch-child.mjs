// One batch run for `npm run bench`, in a fresh process (peak RSS is process-wide and worker threads
// share it): every fixture into a new store with N workers; prints one JSON line.
// Usage: node test/bench/batch-child.mjs WORKERS DB
await import('pdfjs-dist/legacy/build/pdf.mjs');
await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
const { register } = await import('tsx/esm/api');
register();
await import('./batch-child.ts');
