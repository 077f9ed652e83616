/** Child of test/helpers/parse-in-child.ts: prints one JSON line: which worker and display modules ran, and each file's parse (pages, blocks, tables, diagnostics). */
import { readFileSync } from 'node:fs';
import { pdfjsDisplay, pdfjsWorker } from '../../src/parse/pdf/pdfjs.mjs';
import { parseDocument } from '../../src/parse/index.js';
import { fromBytes } from '../../src/sources/file.js';

const parses: Record<string, unknown> = {};
for (const f of process.argv.slice(2)) {
  const buf = readFileSync(f);
  const doc = await parseDocument(fromBytes(f, new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength)));
  parses[f] = { pages: doc.pages, blocks: doc.blocks, tables: doc.tables, diagnostics: doc.diagnostics };
}
console.log(JSON.stringify({ worker: pdfjsWorker, display: pdfjsDisplay, parses }));
