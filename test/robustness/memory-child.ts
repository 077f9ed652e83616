/**
 * Run in a child process (`node --import tsx test/robustness/memory-child.ts [pages] [rows]`): writes a
 * generated PDF of that many table pages, parses it, and prints one JSON line with the page count,
 * the time and the process's peak RSS. Peak RSS is a process-wide high-water mark, so it is only
 * meaningful in a fresh process that does nothing else.
 */
import { parseDocument } from '../../src/parse/index.js';
import { fromBytes } from '../../src/sources/file.js';
import { tablePage, writePdf } from './pdf-writer.js';

const pages = Number(process.argv[2] ?? 300);
const rows = Number(process.argv[3] ?? 25);
const bytes = writePdf({ pages: Array.from({ length: pages }, (_, i) => tablePage(i + 1, rows)) });
const before = process.resourceUsage().maxRSS;
const t = performance.now();
const doc = await parseDocument(fromBytes(`generated-${pages}.pdf`, bytes));
const ms = performance.now() - t;
console.log(
  JSON.stringify({
    pages: doc.pages.length,
    tables: doc.tables.length,
    errors: doc.diagnostics.filter((d) => d.severity === 'error').length,
    bytes: bytes.length,
    ms: Math.round(ms),
    rssBeforeParseMb: Math.round(before / 1024),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
