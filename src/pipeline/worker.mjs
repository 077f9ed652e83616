// Worker process entry from the sources (the compiled build's is dist/worker.mjs): a worker does not
// inherit the parent's tsx loader, so it registers its own before importing the TypeScript worker
// (as src/cli/gongkai.mjs does for the CLI, and like it, pdfjs-dist is imported first, outside tsx's
// hooks, to keep the worker's memory down).
await import('../parse/pdf/pdfjs.mjs');
const { register } = await import('tsx/esm/api');
register();
await import('./worker-main.ts');
