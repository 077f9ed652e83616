import { createRequire } from 'node:module';
import path from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';

const pdfjsDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
// In Node these are filesystem paths; the trailing separator is required.
const cMapUrl = path.join(pdfjsDir, 'cmaps') + path.sep;
const standardFontDataUrl = path.join(pdfjsDir, 'standard_fonts') + path.sep;
const wasmUrl = path.join(pdfjsDir, 'wasm') + path.sep;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;
/** pdfjs-dist's legacy build (the one for Node), loaded once on first use, with the built-ins its polyfills replace put back (./pdfjs.mjs). */
export const loadPdfJs = (): Promise<PdfJs> => (pdfjs ??= import('./pdfjs.mjs').then((m) => m.pdfjs));

/**
 * Opens a PDF with the bundled CMaps and standard fonts (Chinese CID fonts need the CMaps to
 * decode). pdfjs runs in this thread ("fake worker"); throws pdfjs's own exceptions for bad files.
 * `images: false` leaves images undecoded (./pdfjs.mjs, change 7): for reading text, rulings and
 * where images lie, never for drawing a page.
 */
export async function openPdf(bytes: Uint8Array, password?: string, { images = true }: { images?: boolean } = {}): Promise<PDFDocumentProxy> {
  const { getDocument, VerbosityLevel } = await loadPdfJs();
  // pdfjs may detach the buffer it is given: pass a copy (and a Uint8Array, never a Buffer).
  const data = new Uint8Array(bytes);
  return getDocument({
    data,
    cMapUrl,
    cMapPacked: true,
    standardFontDataUrl,
    wasmUrl,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: VerbosityLevel.ERRORS,
    // Read by the worker copy only (./pdfjs.mjs); the stock worker decodes images whatever it says.
    ...(images ? {} : { gongkaiNoImageData: true }),
    ...(password !== undefined ? { password } : {}),
  }).promise;
}
