#!/usr/bin/env node
// The `gongkai` command: runs the TypeScript CLI through tsx's loader (no build step).
// pdfjs-dist's two large modules are imported first, outside tsx's hooks: transformed by tsx they
// hold ~350 MB for the life of the process (a 300-page PDF peaked at 480 MB with them, 225 MB without).
await import('../parse/pdf/pdfjs.mjs');
const { register } = await import('tsx/esm/api');
register();
await import('./main.ts');
