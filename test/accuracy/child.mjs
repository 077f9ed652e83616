// Child process of `npm run accuracy`: loads pdfjs as the `gongkai` command does, then scores one document.
await import('../../src/parse/pdf/pdfjs.mjs');
const { register } = await import('tsx/esm/api');
register();
await import('./child.ts');
