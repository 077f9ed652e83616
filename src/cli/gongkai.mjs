#!/usr/bin/env node
// The CLI from the TypeScript sources, through tsx's loader: what the tests run, and what
// bin/gongkai.mjs runs when dist/ is missing or older than src/ (the `gongkai` command otherwise runs
// the compiled build, scripts/build.mjs).
// pdfjs-dist's two large modules are imported first, outside tsx's hooks: transformed by tsx they
// hold ~350 MB for the life of the process (a 300-page PDF peaked at 480 MB with them, 225 MB without).
await import('../parse/pdf/pdfjs.mjs');
const { register } = await import('tsx/esm/api');
register();
await import('./main.ts');
