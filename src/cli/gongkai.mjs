#!/usr/bin/env node
// The CLI from the TypeScript sources, through tsx's loader: what the tests run, and what
// bin/gongkai.mjs runs when dist/ is missing or older than src/ (the `gongkai` command otherwise runs
// the compiled build, scripts/build.mjs).
// pdfjs-dist's two large modules are imported first, outside tsx's hooks: transformed by tsx they
// hold ~350 MB for the life of the process (a 300-page PDF peaked at 480 MB with them, 225 MB without).
// Only a command that reads documents loads them: --help, --version, rules and the store's commands do not.
const READS = new Set(['dump', 'parse', 'extract', 'check', 'ingest', 'run', 'start']);
const command = process.argv.slice(2).find((a) => !a.startsWith('-'));
if (READS.has(command) && !process.argv.includes('--help') && !process.argv.includes('-h')) await import('../parse/pdf/pdfjs.mjs');
const { register } = await import('tsx/esm/api');
register();
await import('./main.ts');
