// `npm run bench` entry: pdfjs-dist is loaded first, outside tsx's loader, as the `gongkai` command
// loads it (src/cli/gongkai.mjs), so that the parse times are those of a production run.
await import('../../src/parse/pdf/pdfjs.mjs');
const { register } = await import('tsx/esm/api');
register();
await import('./bench.ts');
