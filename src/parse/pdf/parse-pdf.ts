import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import type { Block, Diagnostic, Page, Table } from '../../model/index.js';
import { gridReport } from '../common/grid-builder.js';
import { DEFAULT_LIMITS, type OcrOptions, type ParseLimits, pageCheck } from '../limits.js';
import { ocrAvailable, ocrPage, resolveOcr, type ResolvedOcr } from '../ocr/ocr.js';
import { inferHeaderRows } from '../common/header-rows.js';
import { newTable } from '../common/table.js';
import { assembleTables } from '../common/assemble.js';
import { stripPieces } from '../common/strip.js';
import { type BlockDraft, classifyBlock, demoteListItems, markTableOfContents } from '../common/roles.js';
import { frames, type LatticeTable, latticeTable } from './lattice.js';
import { groupLines } from './lines.js';
import { loadPdfJs, openPdf } from './load.js';
import { joinAcrossPages } from './page-join.js';
import { type PdfParagraph, paragraphs } from './paragraphs.js';
import { mergeSegments, pageRulings } from './rulings.js';
import { pageImageCoverage, scanInfo } from './scan.js';
import { absorbOverflow, markBleed } from './cell-overflow.js';
import { pdfContinuation } from './page-continuation.js';
import { streamTables } from './stream.js';
import { textRuns } from './text-runs.js';
import { type OpFont, textFromOps } from './op-text.js';

export interface PdfParse {
  pages: Page[];
  blocks: Block[];
  tables: Table[];
  diagnostics: Diagnostic[];
}

interface PageContent {
  page: Page;
  tables: LatticeTable[];
  paragraphs: PdfParagraph[];
  /** The page yields no content (a scan, or text in a font without a usable Unicode map). */
  unreadable: boolean;
}

const fail = (code: string, message: string, detail?: Record<string, unknown>): Diagnostic => ({
  code,
  severity: 'error',
  stage: 'parse',
  message,
  provenance: { kind: 'file' },
  ...(detail ? { detail } : {}),
});

/** Maps pdfjs's exceptions for unreadable files to diagnostics. */
export function pdfOpenDiagnostic(e: unknown): Diagnostic {
  const name = (e as { name?: string })?.name ?? '';
  const message = (e as { message?: string })?.message ?? String(e);
  switch (name) {
    case 'PasswordException':
      return fail('pdf-encrypted', `the PDF is password-protected and cannot be opened (${message})`);
    case 'InvalidPDFException':
      return fail('pdf-invalid', `not a readable PDF: ${message}`);
    default:
      return fail('pdf-corrupt', `the PDF could not be opened: ${message}`, { exception: name || 'Error' });
  }
}

/** Characters a working Unicode map never yields: private use, replacement, C0 controls. */
const GARBLED = /[\uE000-\uF8FF\uFFFD\u0000-\u0008\u000E-\u001F]/gu;
const GARBLED_SHARE = 0.1;

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * Characters a damaged font or ToUnicode map gives in a Chinese document: C1 control codes and
 * Latin-1 letters and signs, counted only in runs that also hold Chinese. Latin-1 signs such
 * documents do print (× · ° ± ² ³ µ ¥ § ¼ ½ ¾, the no-break space) are not counted.
 */
const SUSPECT = /[\u0080-\u009F\u00A1-\u00A4\u00A6\u00A8-\u00AF\u00B4\u00B6\u00B8-\u00BB\u00BF-\u00D6\u00D8-\u00F6\u00F8-\u00FF]/gu;
const HAN = /\p{Script=Han}/u;
const SUSPECT_MIN = 2;
function suspectChars(runs: readonly { text: string }[]): { count: number; sample: string } {
  let count = 0;
  let sample = '';
  for (const r of runs) {
    if (!HAN.test(r.text)) continue;
    const m = r.text.match(SUSPECT);
    if (!m) continue;
    count += m.length;
    if (sample.length < 40) sample += (sample ? ' ' : '') + r.text.slice(0, 20);
  }
  return { count, sample };
}

/** The bytes with a trailer naming the last catalog object in them appended, or null when there is none. */
function withTrailer(bytes: Uint8Array): Uint8Array | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let root: string | null = null;
  for (const m of text.matchAll(/(\d+)\s+(\d+)\s+obj\s*<<(?:(?!endobj)[\s\S]){0,400}?\/Type\s*\/Catalog\b/g)) root = `${m[1]} ${m[2]} R`;
  if (!root) return null;
  const tail = Buffer.from(`\nendstream\nendobj\ntrailer\n<< /Root ${root} >>\n%%EOF\n`, 'latin1');
  const out = new Uint8Array(bytes.length + tail.length);
  out.set(bytes);
  out.set(tail, bytes.length);
  return out;
}

/** A PDF ends with %%EOF (after incremental updates too); without one in its last KiB it was cut short. */
export function looksTruncated(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1');
  return !tail.includes('%%EOF');
}

/** OCR for one document: settings, and how many pages it may still OCR; null when OCR was not asked for or cannot run. */
interface OcrState {
  opts: ResolvedOcr;
  left: number;
}

/** Tables and paragraphs from a page's runs (text layer or OCR). */
function pageContent(runs: ReturnType<typeof textRuns>, segments: ReturnType<typeof mergeSegments>, n: number, height: number): Pick<PageContent, 'tables' | 'paragraphs'> {
  const tables: LatticeTable[] = [];
  const used = new Set<unknown>();
  for (const frame of frames(segments)) {
    const t = latticeTable(frame, runs.filter((r) => !used.has(r)), n);
    if (!t || t.nRows * t.nCols < 2 || t.used.size === 0) continue;
    for (const r of t.used) used.add(r);
    tables.push(t);
  }
  for (const t of streamTables(runs.filter((r) => !used.has(r)), n)) {
    for (const r of t.used) used.add(r);
    tables.push(t);
  }
  tables.sort((a, b) => a.box.y0 - b.box.y0);
  const rest = runs.filter((r) => !used.has(r));
  const paras = absorbOverflow(tables, paragraphs(groupLines(rest), n));
  markBleed(tables, paras, height, (text) => stripPieces(text) !== null);
  return { tables, paragraphs: paras };
}

/**
 * Where a page's text comes from: its operator list (op-text.ts; pdfjs's getTextContent for what that
 * does not model), or always getTextContent (`GONGKAI_PDF_TEXT=pdfjs`, which the test comparing the
 * two uses).
 */
const TEXT_FROM_OPS = process.env.GONGKAI_PDF_TEXT !== 'pdfjs';

/** The page's text items: from the operator list when it can be read from it, else pdfjs's getTextContent. */
async function pageTextItems(page: PDFPageProxy, opList: { fnArray: number[]; argsArray: unknown[] }, OPS: Record<string, number>, normalise: (s: string) => string): Promise<readonly unknown[]> {
  if (TEXT_FROM_OPS) {
    const fontOf = (name: string): OpFont | null => (page.commonObjs.has(name) ? (page.commonObjs.get(name) as OpFont) : null);
    const items = textFromOps(opList, OPS, fontOf, page.view, normalise);
    if (items) return items;
  }
  return (await page.getTextContent()).items;
}

async function readPage(doc: Awaited<ReturnType<typeof openPdf>>, n: number, OPS: Record<string, number>, normalise: (s: string) => string, diagnostics: Diagnostic[], ocr: OcrState | null): Promise<PageContent> {
  const page = await doc.getPage(n);
  try {
    const viewport = page.getViewport({ scale: 1 });
    const info: Page = { number: n, width: round2(viewport.width), height: round2(viewport.height) };
    const opList = await page.getOperatorList();
    const runs = textRuns(await pageTextItems(page, opList, OPS, normalise), viewport);
    const chars = runs.reduce((s, r) => s + [...r.text.replace(/\s/g, '')].length, 0);
    const scan = scanInfo(pageImageCoverage(opList, viewport, OPS), chars);
    const pageProv = { kind: 'pdf' as const, page: n, bbox: { x0: 0, y0: 0, x1: info.width, y1: info.height } };
    if (scan.needsOcr) {
      const needsOcr: Diagnostic = { code: 'needs-ocr', severity: 'warning', stage: 'parse', message: `page ${n} is a scanned image (${scan.reason}); it needs OCR and yields no text or tables`, provenance: pageProv, detail: { imageCoverage: round2(scan.imageCoverage), textChars: scan.textChars } };
      if (ocr && ocr.left > 0) {
        ocr.left--;
        const r = await ocrPage(page, n, ocr.opts, info);
        if (r.ok) {
          diagnostics.push({ ...r.diagnostic, detail: { ...r.diagnostic.detail, scan: scan.reason, imageCoverage: round2(scan.imageCoverage) } });
          // Rulings drawn as vectors over a scan still frame its tables; the scan's own lines are pixels and do not.
          const ocrContent = pageContent(r.runs, mergeSegments(pageRulings(opList, viewport, OPS)), n, info.height);
          return { page: info, ...ocrContent, unreadable: false };
        }
        diagnostics.push(needsOcr, { code: 'ocr-failed', severity: 'warning', stage: 'parse', message: `page ${n}: OCR failed: ${r.reason}`, provenance: pageProv, detail: { source: 'ocr' } });
        return { page: info, tables: [], paragraphs: [], unreadable: true };
      }
      if (ocr) diagnostics.push({ code: 'ocr-limit', severity: 'warning', stage: 'parse', message: `page ${n} was not OCRed: the document already had ${ocr.opts.maxPages} pages OCRed (ocr.maxPages)`, provenance: pageProv, detail: { limit: ocr.opts.maxPages } });
      diagnostics.push(needsOcr);
      return { page: info, tables: [], paragraphs: [], unreadable: true };
    }
    const suspect = suspectChars(runs);
    if (suspect.count >= SUSPECT_MIN) {
      diagnostics.push({ code: 'pdf-suspect-text', severity: 'warning', stage: 'parse', message: `page ${n}: ${suspect.count} characters that a Chinese document does not print (Latin-1 letters and control codes between Chinese text, e.g. ${JSON.stringify(suspect.sample)}): a damaged font or Unicode map; figures from this page may be misread`, provenance: pageProv, detail: { suspect: suspect.count, sample: suspect.sample } });
    }
    const garbled = runs.reduce((s, r) => s + (r.text.match(GARBLED)?.length ?? 0), 0);
    if (chars >= 10 && garbled / chars > GARBLED_SHARE) {
      diagnostics.push({ code: 'pdf-garbled-text', severity: 'warning', stage: 'parse', message: `page ${n}: ${garbled} of ${chars} characters have no usable Unicode mapping (a font without a ToUnicode map); the page's text is not used`, provenance: pageProv, detail: { garbled, chars } });
      return { page: info, tables: [], paragraphs: [], unreadable: true };
    }
    return { page: info, ...pageContent(runs, mergeSegments(pageRulings(opList, viewport, OPS)), n, info.height), unreadable: false };
  } finally {
    page.cleanup();
  }
}

export interface PdfOptions {
  limits?: ParseLimits;
  /** OCR pages that need it (see src/parse/ocr). */
  ocr?: boolean | OcrOptions;
  /** Checked between pages: an aborted parse keeps nothing and says `parse-aborted`. */
  signal?: AbortSignal;
}

const nothing = (d: Diagnostic): PdfParse => ({ pages: [], blocks: [], tables: [], diagnostics: [d] });

/** Reads a PDF into pages, blocks and tables; bad files and pages give diagnostics, never exceptions. */
export async function parsePdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<PdfParse> {
  let doc;
  let repaired = false;
  try {
    doc = await openPdf(bytes);
  } catch (e) {
    // A download cut short loses the xref and the trailer at the end; pdfjs rebuilds the xref by
    // scanning objects but still needs the trailer's /Root. Give it one, naming the catalog found.
    const patched = looksTruncated(bytes) ? withTrailer(bytes) : null;
    if (!patched) return nothing(pdfOpenDiagnostic(e));
    try {
      doc = await openPdf(patched);
      repaired = true;
    } catch {
      return nothing(pdfOpenDiagnostic(e));
    }
  }
  const tooMany = pageCheck(doc.numPages, options.limits ?? DEFAULT_LIMITS);
  if (tooMany) {
    await doc.destroy();
    return nothing(tooMany);
  }
  const diagnostics: Diagnostic[] = [];
  if (looksTruncated(bytes)) {
    diagnostics.push({ code: 'pdf-truncated', severity: 'warning', stage: 'parse', message: `the PDF has no %%EOF marker at its end: the file was probably cut short (an interrupted download)${repaired ? ', and its trailer was lost: the pages were found by scanning the file' : ''}; what could be read was read, but parts may be missing`, provenance: { kind: 'file', offset: bytes.length }, ...(repaired ? { detail: { repaired: true } } : {}) });
  }
  const pages: PageContent[] = [];
  let ocr: OcrState | null = null;
  const ocrOpts = resolveOcr(options.ocr);
  if (ocrOpts) {
    const a = ocrAvailable(ocrOpts.command, ocrOpts.languages);
    if (a.ok) ocr = { opts: ocrOpts, left: ocrOpts.maxPages };
    else diagnostics.push({ code: 'ocr-unavailable', severity: 'warning', stage: 'parse', message: `OCR was asked for but cannot run: ${a.reason}; scanned pages stay needs-ocr`, provenance: { kind: 'file' }, detail: { command: ocrOpts.command, languages: ocrOpts.languages } });
  }
  const aborted = (n: number): Diagnostic => ({ code: 'parse-aborted', severity: 'error', stage: 'parse', message: `parsing was stopped before page ${n} of ${doc.numPages} (${String((options.signal?.reason as Error | undefined)?.message ?? options.signal?.reason ?? 'aborted')}); nothing read is kept`, provenance: { kind: 'file' }, detail: { page: n, pages: doc.numPages } });
  try {
    const { OPS, normalizeUnicode } = await loadPdfJs();
    for (let n = 1; n <= doc.numPages; n++) {
      if (options.signal?.aborted) return nothing(aborted(n));
      try {
        pages.push(await readPage(doc, n, OPS as unknown as Record<string, number>, normalizeUnicode, diagnostics, ocr));
      } catch (e) {
        diagnostics.push({ ...pdfOpenDiagnostic(e), code: 'pdf-page-unreadable', message: `page ${n} could not be read: ${(e as Error).message}`, provenance: { kind: 'pdf', page: n, bbox: { x0: 0, y0: 0, x1: 0, y1: 0 } } });
      }
    }
  } finally {
    await doc.destroy();
  }
  joinAcrossPages(
    pages.map((p) => ({
      paragraphs: p.paragraphs,
      firstTableTop: p.tables.length ? Math.min(...p.tables.map((t) => t.box.y0)) : null,
      lastTableBottom: p.tables.length ? Math.max(...p.tables.map((t) => t.box.y1)) : null,
    })),
  );

  // Reading order: page by page, top to bottom; a continued table keeps the place of its first part.
  const bodySizes = pages.flatMap((p) => p.paragraphs.flatMap((q) => Array<number>([...q.text].length).fill(q.size)));
  const body = bodySizes.sort((a, b) => a - b)[Math.floor(bodySizes.length / 2)] ?? 0;
  const drafts: (BlockDraft & { order: number; bleed?: boolean })[] = [];
  const tables: Table[] = [];
  const xsOf = new Map<Table, number[]>();
  let order = 0;
  for (const pc of pages) {
    type Item = { y: number; para?: PdfParagraph; table?: LatticeTable };
    const items: Item[] = [...pc.paragraphs.map((para) => ({ y: para.box.y0, para })), ...pc.tables.map((table) => ({ y: table.box.y0, table }))].sort((a, b) => a.y - b.y);
    for (const it of items) {
      if (it.para) {
        drafts.push({ text: it.para.text, headingLevel: null, large: body > 0 && it.para.size >= 1.2 * body, provenance: { kind: 'pdf', page: it.para.page, bbox: roundBox(it.para.box) }, order: order++, bleed: it.para.bleed === true });
      } else if (it.table) {
        const t = toModelTable(it.table, tables.length, order++);
        xsOf.set(t, it.table.xs);
        tables.push(t);
      }
    }
  }
  const blocks = drafts.map((d, i) => {
    const b = classifyBlock(d, `b${i}`, d.order);
    if (d.bleed) b.role = 'furniture';
    return b;
  });
  demoteListItems(blocks);
  markTableOfContents(blocks, tables.map((t) => t.order));
  const assembled = assembleTables(blocks, tables, pdfContinuation(xsOf));
  diagnostics.push(...assembled.diagnostics);
  return { pages: pages.map((p) => p.page), blocks, tables: assembled.tables, diagnostics };
}

const roundBox = (b: { x0: number; y0: number; x1: number; y1: number }) => ({ x0: round2(b.x0), y0: round2(b.y0), x1: round2(b.x1), y1: round2(b.y1) });

/** One page's piece of a table; pieces continued on the next page are joined by assembleTables. */
function toModelTable(part: LatticeTable, index: number, order: number): Table {
  const cells = part.cells.map((g) => (g.kind === 'cell' && g.provenance.kind === 'pdf' ? { ...g, provenance: { ...g.provenance, bbox: roundBox(g.provenance.bbox) } } : g));
  const grid = { nRows: part.nRows, nCols: part.nCols, cells };
  const headerRows = inferHeaderRows(grid);
  for (const g of cells) if (g.kind === 'cell' && g.row < headerRows) g.header = true;
  return newTable({
    index,
    order,
    pages: [part.page],
    parent: null,
    nRows: part.nRows,
    nCols: part.nCols,
    headerRows,
    cells,
    provenance: { kind: 'pdf', page: part.page, bbox: roundBox(part.box) },
    report: gridReport(grid, part.method, headerRows > 0 ? 'inferred' : 'none', part.outsideRuns),
  });
}
