// Child process of test/helpers/parse-in-child.ts: loads pdfjs as the `gongkai` command does (with
// GONGKAI_PDFJS_STOCK=1 the stock worker), then parses the PDFs named on the command line.
await import('../../src/parse/pdf/pdfjs.mjs');
const { register } = await import('tsx/esm/api');
register();
await import('./parse-child.ts');
