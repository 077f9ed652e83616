// Child process of `npm run mutate`: loads pdfjs as the `gongkai` command does, then runs fault injection on one document.
await import('../../src/parse/pdf/pdfjs.mjs');
const { register } = await import('tsx/esm/api');
register();
await import('./child.ts');
