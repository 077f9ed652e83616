import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import { loadPdfJs } from './load.js';
import type { Matrix } from './matrix.js';
import { type ImageEvent, matrix6, walkOps } from './op-walk.js';

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

/** m·n: n applied first, then m (pdfjs's Util.transform). */
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

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
 * Share of the page covered by images (walkOps' `images`: each paints its unit square under its
 * matrix). Coverage is counted on a GRID×GRID raster of the page (a cell counts when its centre is
 * painted), so overlapping images count once, images off the page not at all, and the result is ≤ 1.
 *
 * Not followed: clipping paths (form bounding boxes included), soft masks and transparency,
 * optional content switched off. Each can only make coverage come out too high, so no scan is
 * missed for them; a decorated page with text on it is kept from passing for a scan by its text.
 */
export function imageCoverage(images: readonly ImageEvent[], viewport: ViewportLike): number {
  const base = matrix6(viewport.transform);
  const { width, height } = viewport;
  if (!base || !(width > 0) || !(height > 0)) return 0;
  // Most pages paint no image at all.
  if (images.length === 0) return 0;

  const painted = new Uint8Array(GRID * GRID);
  const cellW = width / GRID;
  const cellH = height / GRID;
  for (const image of images) {
    // Marks the cells whose centre lies in the unit square under the image's matrix (user space).
    const [a, b, c, d, e, f] = multiply(base, image.matrix);
    const det = a * d - b * c;
    if (!(Math.abs(det) > 1e-9)) continue; // degenerate: a line or a point paints no area
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
  }

  let n = 0;
  for (const cell of painted) n += cell;
  return n / (GRID * GRID);
}

/**
 * Share of the page covered by images, from a page's operator list. The CTM is followed through
 * save/restore, transform, form XObjects and annotation appearances (./op-walk.ts); the `…Repeat`
 * and `…Group` ops paint one image per entry, under the entry's own matrix. (pdfjs's worker merges
 * runs of `q cm Do Q` into those when it builds a list for rendering; `page.getOperatorList()` asks
 * for an unmerged list, but a list from elsewhere may be merged.)
 */
export function pageImageCoverage(
  opList: { fnArray: readonly number[]; argsArray: readonly unknown[] },
  viewport: ViewportLike,
  OPS: Readonly<Record<string, number>>,
): number {
  return imageCoverage(walkOps(opList, OPS).images, viewport);
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
