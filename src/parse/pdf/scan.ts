import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import { loadPdfJs } from './load.js';

/**
 * Whether a PDF page is a scan that needs OCR: a page whose content is a picture of print rather
 * than text. Decided from two measurements, so that the rule can be tested without PDFs.
 */
export interface PageScanInfo {
  /** share of the page area covered by painted images, 0–1 */
  imageCoverage: number;
  /** number of non-whitespace characters in the page's text layer */
  textChars: number;
  needsOcr: boolean;
  /** why the page needs OCR (null when it does not) */
  reason: ScanReason | null;
}

/**
 * - `no-text-layer`: no text at all, and images cover a good part of the page.
 * - `image-with-little-text`: an image covers most of the page and the text layer holds only a few
 *   characters (a page number or a watermark stamped on a scan by the publishing tool).
 */
export type ScanReason = 'no-text-layer' | 'image-with-little-text';

export const SCAN_THRESHOLDS = {
  /**
   * With no text at all, this much image is content, not decoration: a logo, a seal or a
   * signature on an otherwise empty page stays well below it, a half-page photo of a table does not.
   */
  noTextCoverage: 0.3,
  /** An image this large is the page itself (a scan fills it, margins included, at ≥ 0.9). */
  imageCoverage: 0.5,
  /**
   * Fewer characters than this next to a page-sized image are stamped-on furniture (页码, a
   * watermark, a file name). The real text pages in fixtures/real print 47 or more; their covers
   * print 16–33, so a cover drawn on a full-page picture could be flagged (it has no table to lose).
   */
  fewChars: 20,
} as const;

/** The decision from the two measurements; out-of-range input is clamped, never thrown on. */
export function scanInfo(imageCoverage: number, textChars: number): PageScanInfo {
  const coverage = Number.isFinite(imageCoverage) ? Math.min(1, Math.max(0, imageCoverage)) : 0;
  const chars = Number.isFinite(textChars) ? Math.max(0, Math.floor(textChars)) : 0;
  let reason: ScanReason | null = null;
  if (chars === 0 && coverage >= SCAN_THRESHOLDS.noTextCoverage) reason = 'no-text-layer';
  else if (coverage >= SCAN_THRESHOLDS.imageCoverage && chars < SCAN_THRESHOLDS.fewChars) reason = 'image-with-little-text';
  // A blank page (no text, no image) has nothing to read, with or without OCR: not a scan.
  return { imageCoverage: coverage, textChars: chars, needsOcr: reason !== null, reason };
}

/** Non-whitespace characters of a text layer: the `str` of pdfjs's text items (marked-content items have none). */
export function textLayerChars(items: readonly unknown[]): number {
  let n = 0;
  for (const item of items) {
    const str = (item as { str?: unknown } | null)?.str;
    // \s covers the full-width space (U+3000) and the no-break space, which print nothing.
    if (typeof str === 'string') for (const ch of str) if (!/\s/u.test(ch)) n++;
  }
  return n;
}

/** A 2-D affine matrix [a b c d e f] as pdfjs and PDF write it: (x, y) ↦ (ax + cy + e, bx + dy + f). */
type Matrix = readonly [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m·n: n applied first, then m (pdfjs's Util.transform; `cm` does ctm = ctm·m). */
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/** Finite numbers from an array or a typed array (pdfjs sends matrices and positions as Float32Array). */
function numbers(v: unknown): number[] | null {
  if (!Array.isArray(v) && !(ArrayBuffer.isView(v) && !(v instanceof DataView))) return null;
  const out = Array.from(v as ArrayLike<unknown>);
  return out.every((x): x is number => typeof x === 'number' && Number.isFinite(x)) ? out : null;
}

function matrix(v: unknown): Matrix | null {
  const n = numbers(v);
  return n?.length === 6 ? [n[0]!, n[1]!, n[2]!, n[3]!, n[4]!, n[5]!] : null;
}

const argAt = (args: unknown, i: number): unknown => (Array.isArray(args) ? args[i] : undefined);

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The transforms of the entries of a group op (`{ transform }` objects, pdfjs's image groups). */
function entryTransforms(v: unknown): Matrix[] {
  if (!Array.isArray(v)) return [];
  const out: Matrix[] = [];
  for (const e of v) {
    const m = matrix((e as { transform?: unknown } | null)?.transform);
    if (m) out.push(m);
  }
  return out;
}

/** Images placed by a `…Repeat` op: one matrix with the translation taken from each position pair. */
function repeated(a: number | null, b: number | null, c: number | null, d: number | null, positions: unknown): Matrix[] {
  const p = numbers(positions);
  if (a === null || b === null || c === null || d === null || !p) return [];
  const out: Matrix[] = [];
  for (let i = 0; i + 1 < p.length; i += 2) out.push([a, b, c, d, p[i]!, p[i + 1]!]);
  return out;
}

/**
 * The operators that move the CTM or paint an image. paintSolidColorImageMask is left out on
 * purpose: pdfjs emits it for a 1×1 opaque stencil, which paints a filled rectangle, not a picture.
 */
const OPS_USED = [
  'save',
  'restore',
  'transform',
  'paintFormXObjectBegin',
  'paintFormXObjectEnd',
  'beginGroup',
  'endGroup',
  'beginAnnotation',
  'endAnnotation',
  'paintImageXObject',
  'paintInlineImageXObject',
  'paintImageMaskXObject',
  'paintImageXObjectRepeat',
  'paintImageMaskXObjectRepeat',
  'paintImageMaskXObjectGroup',
  'paintInlineImageXObjectGroup',
] as const;
type OpName = (typeof OPS_USED)[number];

/** Cells per side of the raster that counts overlapping images once. */
const GRID = 100;

export interface ViewportLike {
  /** page size in viewport units (PDF points at scale 1) */
  width: number;
  height: number;
  /** PDF user space → viewport (rotation, crop-box offset and y flip) */
  transform: readonly number[];
}

/**
 * Share of the page covered by images, from a page's operator list. Every image op paints the
 * unit square under the current transformation matrix; the `…Repeat` and `…Group` ops paint one
 * per entry, under the entry's own matrix. (pdfjs's worker merges runs of `q cm Do Q` into those
 * when it builds a list for rendering; `page.getOperatorList()` asks for an unmerged list, but a
 * list from elsewhere may be merged.) The CTM is followed through save/restore, transform, form
 * XObjects and annotation appearances. Coverage is counted on a GRID×GRID raster of the page (a
 * cell counts when its centre is painted), so overlapping images count once, images off the page
 * not at all, and the result is ≤ 1.
 *
 * Not followed: clipping paths (form bounding boxes included), soft masks and transparency,
 * optional content switched off. Each can only make coverage come out too high, so no scan is
 * missed for them; a decorated page with text on it is kept from passing for a scan by its text.
 */
export function pageImageCoverage(
  opList: { fnArray: readonly number[]; argsArray: readonly unknown[] },
  viewport: ViewportLike,
  OPS: Readonly<Record<string, number>>,
): number {
  const base = matrix(viewport.transform);
  const { width, height } = viewport;
  if (!base || !(width > 0) || !(height > 0)) return 0;

  const names = new Map<number, OpName>();
  for (const name of OPS_USED) {
    const code = OPS[name];
    if (code !== undefined) names.set(code, name);
  }

  const painted = new Uint8Array(GRID * GRID);
  const cellW = width / GRID;
  const cellH = height / GRID;
  /** Marks the cells whose centre lies in the unit square under ctm (user space). */
  const paint = (ctm: Matrix): void => {
    const [a, b, c, d, e, f] = multiply(base, ctm);
    const det = a * d - b * c;
    if (!(Math.abs(det) > 1e-9)) return; // degenerate: a line or a point paints no area
    const xs = [e, e + a, e + c, e + a + c];
    const ys = [f, f + b, f + d, f + b + d];
    const i0 = Math.max(0, Math.floor(Math.min(...xs) / cellW - 0.5));
    const i1 = Math.min(GRID - 1, Math.ceil(Math.max(...xs) / cellW - 0.5));
    const j0 = Math.max(0, Math.floor(Math.min(...ys) / cellH - 0.5));
    const j1 = Math.min(GRID - 1, Math.ceil(Math.max(...ys) / cellH - 0.5));
    const eps = 1e-9;
    for (let j = j0; j <= j1; j++) {
      const dy = (j + 0.5) * cellH - f;
      for (let i = i0; i <= i1; i++) {
        const dx = (i + 0.5) * cellW - e;
        // The centre in the image's own unit coordinates (the inverse of the 2×2 part).
        const u = (d * dx - c * dy) / det;
        const v = (a * dy - b * dx) / det;
        if (u >= -eps && u <= 1 + eps && v >= -eps && v <= 1 + eps) painted[j * GRID + i] = 1;
      }
    }
  };

  const { fnArray, argsArray } = opList;
  // Most pages paint no image at all: then nothing needs following.
  const imageOps = new Set<number>();
  for (const [code, name] of names) if (name.startsWith('paint') && name !== 'paintFormXObjectBegin' && name !== 'paintFormXObjectEnd') imageOps.add(code);
  let anyImage = false;
  for (let k = 0; k < fnArray.length && !anyImage; k++) anyImage = imageOps.has(fnArray[k]!);
  if (!anyImage) return 0;

  let ctm: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  for (let k = 0; k < fnArray.length; k++) {
    const name = names.get(fnArray[k] ?? -1);
    if (name === undefined) continue;
    const args = argsArray[k];
    switch (name) {
      case 'save':
      case 'beginGroup': // the group's own matrix is its form's, applied by paintFormXObjectBegin
        stack.push(ctm);
        break;
      case 'restore':
      case 'paintFormXObjectEnd':
      case 'endGroup':
      case 'endAnnotation':
        // An unbalanced Q is ignored, as pdfjs's canvas does.
        ctm = stack.pop() ?? ctm;
        break;
      case 'transform': {
        const m = matrix(args);
        if (m) ctm = multiply(ctm, m);
        break;
      }
      case 'paintFormXObjectBegin': {
        stack.push(ctm);
        const m = matrix(argAt(args, 0));
        if (m) ctm = multiply(ctm, m);
        break;
      }
      case 'beginAnnotation': {
        // An appearance stream is placed from the page's own space, whatever the content left behind.
        stack.push(ctm);
        ctm = multiply(multiply(IDENTITY, matrix(argAt(args, 2)) ?? IDENTITY), matrix(argAt(args, 3)) ?? IDENTITY);
        break;
      }
      case 'paintImageXObject':
      case 'paintInlineImageXObject':
      case 'paintImageMaskXObject':
        paint(ctm);
        break;
      case 'paintImageXObjectRepeat': // [objId, scaleX, scaleY, positions]
        for (const m of repeated(num(argAt(args, 1)), 0, 0, num(argAt(args, 2)), argAt(args, 3))) paint(multiply(ctm, m));
        break;
      case 'paintImageMaskXObjectRepeat': // [img, scaleX, skewX, skewY, scaleY, positions]
        for (const m of repeated(num(argAt(args, 1)), num(argAt(args, 2)) ?? 0, num(argAt(args, 3)) ?? 0, num(argAt(args, 4)), argAt(args, 5)))
          paint(multiply(ctm, m));
        break;
      case 'paintImageMaskXObjectGroup': // [images], each with its transform
        for (const m of entryTransforms(argAt(args, 0))) paint(multiply(ctm, m));
        break;
      case 'paintInlineImageXObjectGroup': // [img, map], each map entry with its transform
        for (const m of entryTransforms(argAt(args, 1))) paint(multiply(ctm, m));
        break;
    }
  }

  let n = 0;
  for (const cell of painted) n += cell;
  return n / (GRID * GRID);
}

/**
 * Measures a page and decides. Throws what pdfjs throws for a page it cannot read, as
 * `PDFDocumentProxy.getPage` does; the caller turns that into a diagnostic.
 */
export async function scanPage(page: PDFPageProxy): Promise<PageScanInfo> {
  const { OPS } = await loadPdfJs();
  const [opList, text] = await Promise.all([page.getOperatorList(), page.getTextContent()]);
  return scanInfo(pageImageCoverage(opList, page.getViewport({ scale: 1 }), OPS), textLayerChars(text.items));
}
