// pdfjs-dist's legacy build (the one for Node), loaded once, in plain JS so that an entry can import
// it before tsx's loader is registered (transformed by tsx its two large modules hold ~350 MB for
// the life of the process). Three things are changed in how it runs; `npm run bench` prints them.
//
// 1. Built-ins put back. The legacy build bundles core-js, whose polyfills *replace* built-ins for
//    the whole process when V8 is older than they want: on Node 20 (V8 11.3) Array.prototype.push
//    (for an error V8 ≤ 12.1 does not throw on arrays with a non-writable length), JSON.parse
//    (source text access) and JSON.stringify (JSON.rawJSON) become JavaScript functions. pdfjs
//    relies on none of that, but every push in the process then costs a JS call. The native
//    functions are put back once the modules have run; what the polyfills add (Promise.withResolvers,
//    Uint8Array.fromBase64, …) pdfjs needs and keeps.
//
// 2. Font programs left unread where text does not need them. pdfjs converts every embedded font
//    program into an OpenType font for a browser to draw with, even when only text is asked for:
//    for a composite (CID) font whose ToUnicode map gives the text, and whose glyph widths come from
//    the font dictionary (/W, /DW), the program adds nothing to text or positions. A 4 MB "subset"
//    of Noto Sans KR took ~1 s of the 2024 决算's ~1.4 s. For such fonts the worker takes the path
//    pdfjs takes for a font with no embedded program (fallbackToSystemFont). Fonts without a
//    ToUnicode map (whose text comes from the program's cmap), simple fonts and Type3 fonts are read
//    as before. The change is one condition in the worker's Font constructor.
//
// 3. Inflate in JavaScript (see SYNC_INFLATE below).
//
// 4. @napi-rs/canvas loaded for rendering only. pdfjs's Node set-up requires it as it loads, to
//    polyfill DOMMatrix, ImageData and Path2D, which only drawing a page uses (OCR renders scanned
//    pages; reading text and rulings never draws). Loading its Skia library cost every process and
//    worker that read a PDF ~80 ms and ~25 MB. While pdfjs's module runs, that require gets an empty
//    module and the three globals are placeholders; both are taken away once it has run, and
//    `canvasGlobals()` installs the real ones (as pdfjs would have) before a page is rendered.
//
// Changes 2 and 3 are made to a copy of pdf.worker.mjs in node_modules/.cache/gongkai/, only when the
// pinned source has the code they were made for exactly; otherwise the stock worker runs and
// `pdfjsWorker.changed` is false (with the reason). test/parse/pdfjs-equivalence.test.ts parses the
// fixtures with both workers and requires the same pages, text, positions and tables.
// GONGKAI_PDFJS_STOCK=1 runs the stock worker.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const native = [
  [Array.prototype, 'push', Array.prototype.push],
  [JSON, 'parse', JSON.parse],
  [JSON, 'stringify', JSON.stringify],
];

const require = createRequire(import.meta.url);
const stockWorker = require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
const { version } = require('pdfjs-dist/package.json');

const ANCHOR = `    if (!file || file.isEmpty) {
      if (file) {
        warn('Font file is empty in "' + name + '" (' + this.loadedName + ")");
      }
      this.fallbackToSystemFont(properties);
      return;
    }`;
const TEXT_ONLY = `    const gongkaiTextOnly = !!file && !file.isEmpty && properties.composite && properties.hasIncludedToUnicodeMap && !(properties.toUnicode instanceof IdentityToUnicodeMap);
    if (!file || file.isEmpty || gongkaiTextOnly) {
      if (file && !gongkaiTextOnly) {
        warn('Font file is empty in "' + name + '" (' + this.loadedName + ")");
      }
      this.fallbackToSystemFont(properties);
      return;
    }`;

// pdfjs inflates FlateDecode streams through the web DecompressionStream when there is one: in Node
// that is zlib on the thread pool behind two layers of stream adapters, and the main thread waits
// for every content stream. Without it pdfjs inflates in JavaScript on the spot (its own fallback,
// the one it takes when DecompressionStream fails), which measured ~20% faster on whole documents.
// The worker copy shadows the global in its own module scope; nothing else in the process changes.
const SYNC_INFLATE = 'const DecompressionStream = undefined; // gongkai: pdfjs inflates in JavaScript (src/parse/pdf/pdfjs.mjs)\n';

/** The worker module to run: the copy with both changes, or the stock file (and why). */
function workerModule() {
  if (process.env.GONGKAI_PDFJS_STOCK === '1') return { file: stockWorker, changed: false, reason: 'GONGKAI_PDFJS_STOCK=1' };
  // The copy is named by pdfjs's version, the stock file's size and time, and the change itself, so
  // that a process finds it made and reads nothing; it is made once per install.
  const stat = statSync(stockWorker);
  const key = createHash('sha256').update(`${version}\0${stat.size}\0${stat.mtimeMs}\0${ANCHOR}\0${TEXT_ONLY}\0${SYNC_INFLATE}`).digest('hex').slice(0, 12);
  // Only beside the installed package (node_modules/.cache), never a shared temporary directory:
  // this file is executed.
  const dir = path.resolve(path.dirname(require.resolve('pdfjs-dist/package.json')), '..', '.cache', 'gongkai');
  const file = path.join(dir, `pdf.worker-${version}-gongkai-${key}.mjs`);
  if (existsSync(file)) return { file, changed: true, reason: null };
  const source = readFileSync(stockWorker, 'utf8');
  const at = source.indexOf(ANCHOR);
  if (at < 0 || source.indexOf(ANCHOR, at + 1) >= 0)
    return { file: stockWorker, changed: false, reason: `pdfjs-dist ${version}: the Font constructor is not the code the text-only change was made for` };
  if (!/\bclass IdentityToUnicodeMap\b/.test(source))
    return { file: stockWorker, changed: false, reason: `pdfjs-dist ${version}: the worker has no IdentityToUnicodeMap, which the text-only change tests for` };
  if (/\b(?:const|let|var|class|function)\s+DecompressionStream\b/.test(source))
    return { file: stockWorker, changed: false, reason: `pdfjs-dist ${version}: the worker declares DecompressionStream itself` };
  const patched = SYNC_INFLATE + source.slice(0, at) + TEXT_ONLY + source.slice(at + ANCHOR.length);
  try {
    mkdirSync(dir, { recursive: true });
    // Written whole under a unique name, then renamed: batch workers may start together.
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, patched);
    renameSync(tmp, file);
    return { file, changed: true, reason: null };
  } catch (e) {
    return { file: stockWorker, changed: false, reason: `the worker copy could not be written in ${dir}: ${e?.message ?? e}` };
  }
}

const worker = workerModule();
// The worker's module first: pdfjs's "fake worker" finds it on globalThis.pdfjsWorker and does not
// import the stock file itself.
await import(pathToFileURL(worker.file).href);

const RENDERING_GLOBALS = ['DOMMatrix', 'ImageData', 'Path2D'];
const pdfRequire = createRequire(require.resolve('pdfjs-dist/legacy/build/pdf.mjs'));
/** pdfjs with @napi-rs/canvas left unloaded (change 4). */
async function importPdfjs() {
  let canvasFile = null;
  try {
    canvasFile = pdfRequire.resolve('@napi-rs/canvas');
  } catch {
    // not installed: pdfjs warns as it would
  }
  if (!canvasFile || pdfRequire.cache[canvasFile]) return import('pdfjs-dist/legacy/build/pdf.mjs');
  const stub = new Module(canvasFile);
  stub.filename = canvasFile;
  stub.loaded = true;
  pdfRequire.cache[canvasFile] = stub;
  const placeholders = RENDERING_GLOBALS.filter((name) => !globalThis[name]).map((name) => [name, class {}]);
  for (const [name, p] of placeholders) globalThis[name] = p;
  try {
    return await import('pdfjs-dist/legacy/build/pdf.mjs');
  } finally {
    if (pdfRequire.cache[canvasFile] === stub) delete pdfRequire.cache[canvasFile];
    for (const [name, p] of placeholders) if (globalThis[name] === p) delete globalThis[name];
  }
}
export const pdfjs = await importPdfjs();

/** Loads @napi-rs/canvas and puts DOMMatrix, ImageData and Path2D where pdfjs's drawing code looks for them (change 4). */
export function canvasGlobals() {
  const canvas = pdfRequire('@napi-rs/canvas');
  for (const name of RENDERING_GLOBALS) if (!globalThis[name] && canvas[name]) globalThis[name] = canvas[name];
  return canvas;
}

/** Whether the worker copy with the two changes above runs (else the stock worker), and why not when not. */
export const pdfjsWorker = { changed: worker.changed, reason: worker.reason };

/** Which built-ins pdfjs's polyfills had replaced (and are now native again). */
export const restoredBuiltins = [];
for (const [owner, name, fn] of native) {
  if (owner[name] === fn) continue;
  Object.defineProperty(owner, name, { value: fn, writable: true, configurable: true, enumerable: false });
  restoredBuiltins.push(`${owner === JSON ? 'JSON' : 'Array.prototype'}.${name}`);
}
