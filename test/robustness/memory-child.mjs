// Entry of the memory measurement child process (plain JS, so that it runs before any loader):
// pdfjs-dist's two big modules are imported first, without tsx's loader hooks, which otherwise
// transform them and hold ~350 MB for the life of the process; then tsx is registered and the
// TypeScript measurement runs. `PRELOAD=0` measures without the preload.
// Usage: node test/robustness/memory-child.mjs [pages] [rows]
if (process.env.PRELOAD !== '0') {
  await import('../../src/parse/pdf/pdfjs.mjs');
}
const { register } = await import('tsx/esm/api');
register();
await import('./memory-child.ts');
