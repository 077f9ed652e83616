// pdfjs-dist's legacy build (the one for Node), loaded once, in plain JS so that an entry can import
// it before tsx's loader is registered (transformed by tsx its two large modules hold ~350 MB for
// the life of the process). Eight things are changed in how it runs; `npm run bench` prints them.
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
// 5. Operator lists handed over, not copied. pdfjs's "fake worker" runs in this thread but talks to
//    it as to a thread: every message is deep-copied (structuredClone in LoopbackPort), and a page's
//    operator list, thousands of small arrays, is most of what is sent. The worker's OperatorList
//    now sends copies of its two arrays (it empties its own after sending) marked as shared, and the
//    display side's LoopbackPort passes a message so marked on as it is; nothing reads it but the
//    page's operator list, which only reads. Copying them was ~10% of parsing the real documents.
//
// 6. undici left unloaded until something uses it. Both modules polyfill Response.prototype.bytes
//    as they load, and reading the global Response makes Node load its fetch implementation
//    (undici), ~50–100 ms of every process that reads a PDF, which never fetches. The polyfill is
//    applied instead when Response is first read (Node's own lazy getter, wrapped), as it would
//    have been; Node 20.19 and later have Response.prototype.bytes anyway.
//
// 7. Images left undecoded where nothing draws. Building a page's operator list, the worker decodes
//    every image XObject (JPEG, Flate, …) and sends its pixels over, for a canvas to draw; reading
//    text, rulings and image placement never looks at them. A document opened with
//    `gongkaiNoImageData: true` (src/parse/pdf/load.ts: every parse without OCR) skips that decoding
//    and sending; the operator list, image ids and caches are as before, only the pixels are never
//    made. A parse with OCR, which renders pages, opens its document without the option.
//
// 8. Text states cloned flat. getTextContent clones its TextState on every q and font change as
//    Object.assign(Object.create(this), this): each clone has the one before it as its prototype, so
//    V8 turns every cloned state into a prototype (a map of its own, slow to make and to read). Every
//    field of a TextState is an own property (class fields, all assigned in place), so the clone
//    now takes the class's prototype and the same own properties: what it reads is the same.
//
// Changes 2, 3 and 8 and the worker's halves of 5, 6 and 7 are made to a copy of pdf.worker.mjs,
// the display halves of 5, 6 and 7 to a copy of pdf.mjs, both in node_modules/.cache/gongkai/, each
// only when the pinned source has the code its changes were made for exactly; otherwise the stock
// module runs, and `pdfjsWorker` / `pdfjsDisplay` say why (with only one copy, 5 copies and 7
// decodes as before). test/parse/pdfjs-equivalence.test.ts parses the fixtures and real documents
// with the copies and with the stock modules and requires the same pages, text, positions and
// tables. GONGKAI_PDFJS_STOCK=1 runs the stock modules.
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
const stockDisplay = require.resolve('pdfjs-dist/legacy/build/pdf.mjs');
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

// Change 5, the worker's half: OperatorList.flush sends copies of its arrays, marked, and no transfers.
const FLUSH = `    this._streamSink.enqueue({
      fnArray: this.fnArray,
      argsArray: this.argsArray,
      lastChunk,
      separateAnnots,
      length
    }, 1, this._transfers);`;
const FLUSH_SHARED = `    this._streamSink.enqueue({
      fnArray: this.fnArray.slice(),
      argsArray: this.argsArray.slice(),
      lastChunk,
      separateAnnots,
      length,
      gongkaiShared: true
    }, 1, []);`;
// Change 5, the display half: LoopbackPort passes a marked operator-list chunk on uncopied.
const LOOPBACK = `  postMessage(obj, transfer) {
    const event = {
      data: structuredClone(obj, transfer ? {`;
const LOOPBACK_SHARED = `  postMessage(obj, transfer) {
    const event = {
      data: obj?.chunk?.gongkaiShared === true ? obj : structuredClone(obj, transfer ? {`;

// Change 6: the Response.prototype.bytes polyfill, applied when Response is first read.
const RESPONSE_BYTES = `if (typeof Response.prototype.bytes !== "function") {
  Response.prototype.bytes = async function () {
    return new Uint8Array(await this.arrayBuffer());
  };
}`;
const RESPONSE_BYTES_LAZY = `{
  const gongkaiBytes = R => {
    if (typeof R.prototype.bytes !== "function") {
      R.prototype.bytes = async function () {
        return new Uint8Array(await this.arrayBuffer());
      };
    }
  };
  const gongkaiResponse = Object.getOwnPropertyDescriptor(globalThis, "Response");
  if (gongkaiResponse?.get && gongkaiResponse.configurable) {
    Object.defineProperty(globalThis, "Response", {
      configurable: true,
      enumerable: gongkaiResponse.enumerable,
      get() {
        const R = gongkaiResponse.get.call(this);
        gongkaiBytes(R);
        return R;
      },
      set: gongkaiResponse.set
    });
  } else {
    gongkaiBytes(Response);
  }
}`;

// Change 7, the display half: getDocument passes gongkaiNoImageData on to the worker's evaluator.
const EVALUATOR_OPTIONS = `      wasmUrl,
      enableWebGPU
    }
  };`;
const EVALUATOR_OPTIONS_NO_IMAGES = `      wasmUrl,
      enableWebGPU,
      gongkaiNoImageData: src.gongkaiNoImageData === true
    }
  };`;
// Change 7, the worker's half: an image XObject's pixels are decoded and sent only when asked for.
const DECODE_IMAGE = `    PDFImage.buildImage({
      xref: this.xref,
      res: resources,
      image,
      isInline,
      pdfFunctionFactory: this._pdfFunctionFactory,
      globalColorSpaceCache: this.globalColorSpaceCache,
      localColorSpaceCache
    }).then(async imageObj => {`;
const DECODE_IMAGE_WHEN_DRAWN = DECODE_IMAGE.replace('    PDFImage.buildImage({', '    if (!this.options.gongkaiNoImageData) PDFImage.buildImage({');

// Change 8: TextState.clone with the class's prototype, not the state cloned.
const TEXT_STATE_CLONE = `  clone() {
    const clone = Object.assign(Object.create(this), this);
    clone.textMatrix = this.textMatrix.slice();`;
const TEXT_STATE_CLONE_FLAT = `  clone() {
    const clone = Object.assign(Object.create(Object.getPrototypeOf(this)), this);
    clone.textMatrix = this.textMatrix.slice();`;

/**
 * A copy of a pdfjs module with changes made to it, in node_modules/.cache/gongkai/ (made once per
 * install), or the stock file and why not: each change's anchor must occur exactly once, and each
 * check must pass. `prefix` goes before the module's code.
 */
function patchedCopy(stock, name, { prefix = '', edits, checks = [] }) {
  if (process.env.GONGKAI_PDFJS_STOCK === '1') return { file: stock, changed: false, reason: 'GONGKAI_PDFJS_STOCK=1' };
  // The copy is named by pdfjs's version, the stock file's size and time, and the changes themselves,
  // so that a process finds it made and reads nothing.
  const stat = statSync(stock);
  const key = createHash('sha256')
    .update([version, stat.size, stat.mtimeMs, prefix, ...edits.flatMap((e) => [e.anchor, e.replacement])].join('\0'))
    .digest('hex')
    .slice(0, 12);
  // Only beside the installed package (node_modules/.cache), never a shared temporary directory:
  // this file is executed.
  const dir = path.resolve(path.dirname(require.resolve('pdfjs-dist/package.json')), '..', '.cache', 'gongkai');
  const file = path.join(dir, `${name}-${version}-gongkai-${key}.mjs`);
  if (existsSync(file)) return { file, changed: true, reason: null };
  let source = readFileSync(stock, 'utf8');
  for (const check of checks) {
    const reason = check(source);
    if (reason) return { file: stock, changed: false, reason: `pdfjs-dist ${version}: ${reason}` };
  }
  for (const { anchor, replacement, what } of edits) {
    const at = source.indexOf(anchor);
    if (at < 0 || source.indexOf(anchor, at + 1) >= 0)
      return { file: stock, changed: false, reason: `pdfjs-dist ${version}: ${what} is not the code the change was made for` };
    source = source.slice(0, at) + replacement + source.slice(at + anchor.length);
  }
  try {
    mkdirSync(dir, { recursive: true });
    // Written whole under a unique name, then renamed: batch workers may start together.
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, prefix + source);
    renameSync(tmp, file);
    return { file, changed: true, reason: null };
  } catch (e) {
    return { file: stock, changed: false, reason: `the copy could not be written in ${dir}: ${e?.message ?? e}` };
  }
}

/** The worker module to run: the copy with changes 2, 3 and 5 to 8, or the stock file (and why). */
const workerModule = () =>
  patchedCopy(stockWorker, 'pdf.worker', {
    prefix: SYNC_INFLATE,
    edits: [
      { anchor: ANCHOR, replacement: TEXT_ONLY, what: 'the Font constructor' },
      { anchor: FLUSH, replacement: FLUSH_SHARED, what: 'OperatorList.flush' },
      { anchor: RESPONSE_BYTES, replacement: RESPONSE_BYTES_LAZY, what: 'the Response.prototype.bytes polyfill' },
      { anchor: DECODE_IMAGE, replacement: DECODE_IMAGE_WHEN_DRAWN, what: 'buildPaintImageXObject' },
      { anchor: TEXT_STATE_CLONE, replacement: TEXT_STATE_CLONE_FLAT, what: 'TextState.clone' },
    ],
    checks: [
      (src) => (/\bclass IdentityToUnicodeMap\b/.test(src) ? null : 'the worker has no IdentityToUnicodeMap, which the text-only change tests for'),
      (src) => (/\b(?:const|let|var|class|function)\s+DecompressionStream\b/.test(src) ? 'the worker declares DecompressionStream itself' : null),
    ],
  });

/** The display module to run: the copy with changes 5, 6 and 7, or the stock file (and why). */
const displayModule = () =>
  patchedCopy(stockDisplay, 'pdf', {
    edits: [
      { anchor: LOOPBACK, replacement: LOOPBACK_SHARED, what: 'LoopbackPort.postMessage' },
      { anchor: RESPONSE_BYTES, replacement: RESPONSE_BYTES_LAZY, what: 'the Response.prototype.bytes polyfill' },
      { anchor: EVALUATOR_OPTIONS, replacement: EVALUATOR_OPTIONS_NO_IMAGES, what: "getDocument's evaluator options" },
    ],
  });

const worker = workerModule();
// The worker's module first: pdfjs's "fake worker" finds it on globalThis.pdfjsWorker and does not
// import the stock file itself.
await import(pathToFileURL(worker.file).href);

const display = displayModule();
const RENDERING_GLOBALS = ['DOMMatrix', 'ImageData', 'Path2D'];
const pdfRequire = createRequire(stockDisplay);
/** pdfjs's display module (the copy when made) with @napi-rs/canvas left unloaded (change 4). */
async function importPdfjs() {
  const url = pathToFileURL(display.file).href;
  let canvasFile = null;
  try {
    canvasFile = pdfRequire.resolve('@napi-rs/canvas');
  } catch {
    // not installed: pdfjs warns as it would
  }
  if (!canvasFile || pdfRequire.cache[canvasFile]) return import(url);
  const stub = new Module(canvasFile);
  stub.filename = canvasFile;
  stub.loaded = true;
  pdfRequire.cache[canvasFile] = stub;
  const placeholders = RENDERING_GLOBALS.filter((name) => !globalThis[name]).map((name) => [name, class {}]);
  for (const [name, p] of placeholders) globalThis[name] = p;
  try {
    return await import(url);
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

/** Whether the worker copy (changes 2, 3 and 5 to 8) runs, else the stock worker, and why not when not. */
export const pdfjsWorker = { changed: worker.changed, reason: worker.reason };
/** Whether the display copy (changes 5, 6, 7) runs, else the stock pdf.mjs, and why not when not. */
export const pdfjsDisplay = { changed: display.changed, reason: display.reason };

/** Which built-ins pdfjs's polyfills had replaced (and are now native again). */
export const restoredBuiltins = [];
for (const [owner, name, fn] of native) {
  if (owner[name] === fn) continue;
  Object.defineProperty(owner, name, { value: fn, writable: true, configurable: true, enumerable: false });
  restoredBuiltins.push(`${owner === JSON ? 'JSON' : 'Array.prototype'}.${name}`);
}
