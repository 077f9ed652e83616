import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import type { BBox, Block, Diagnostic, Page, Table } from '../../model/index.js';
import { gridReport } from '../common/grid-builder.js';
import { DEFAULT_LIMITS, type OcrOptions, type ParseLimits, pageCheck } from '../limits.js';
import { ocrAvailable, ocrPage, resolveOcr, type ResolvedOcr } from '../ocr/ocr.js';
import { inferHeaderRows } from '../common/header-rows.js';
import { newTable } from '../common/table.js';
import { assembleTables } from '../common/assemble.js';
import { stripPieces } from '../common/strip.js';
import { type BlockDraft, classifyBlock, demoteListItems, markTableOfContents } from '../common/roles.js';
import { frameGrid, frames, type Frames, type LatticeTable, latticeTable, lowerBound } from './lattice.js';
import { overBudget, pageBudget, type PageBudget } from './budget.js';
import { groupLines } from './lines.js';
import { loadPdfJs, openPdf } from './load.js';
import { joinAcrossPages } from './page-join.js';
import { type PdfParagraph, paragraphs } from './paragraphs.js';
import { mergeSegments, rulingsFrom, type Segment } from './rulings.js';
import { imageCoverage, type PageScanInfo, scanInfo, type ViewportLike } from './scan.js';
import { absorbOverflow, markBleed } from './cell-overflow.js';
import { pdfContinuation } from './page-continuation.js';
import { streamTables } from './stream.js';
import { type TextRun, textRuns } from './text-runs.js';
import { type OpTextItem, textItems } from './op-text.js';
import { type OpFont, walkOps } from './op-walk.js';

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

/** The body text size: the median paragraph size over the document's characters (each paragraph weighs its characters), 0 for none. */
function medianByChars(paras: readonly PdfParagraph[]): number {
  const bySize = paras.map((q) => ({ size: q.size, chars: [...q.text].length })).sort((a, b) => a.size - b.size);
  const total = bySize.reduce((s, q) => s + q.chars, 0);
  // The character at index ⌊total/2⌋ of the sizes sorted one per character.
  let k = Math.floor(total / 2);
  for (const q of bySize) {
    if (k < q.chars) return q.size;
    k -= q.chars;
  }
  return 0;
}

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

/** The page's runs that overlap a box, in page order (runs sorted by top edge, found by binary search). */
function runsIndex(runs: readonly TextRun[]): (box: BBox) => TextRun[] {
  // A run whose top is not a finite number overlaps nothing.
  const order = runs.flatMap((r, i) => (Number.isFinite(r.box.y0) ? [i] : [])).sort((a, b) => runs[a]!.box.y0 - runs[b]!.box.y0);
  const tops = order.map((i) => runs[i]!.box.y0);
  // A run overlapping the box starts above its bottom and ends below its top: the tallest run bounds how far above.
  const tallest = order.reduce((m, i) => Math.max(m, runs[i]!.box.y1 - runs[i]!.box.y0), 0);
  return (box) => {
    const hits: number[] = [];
    for (let k = lowerBound(tops, box.y0 - tallest - 1); k < order.length && tops[k]! < box.y1; k++) {
      const r = runs[order[k]!]!;
      if (r.box.x1 > box.x0 && r.box.x0 < box.x1 && r.box.y1 > box.y0) hits.push(order[k]!);
    }
    return hits.sort((a, b) => a - b).map((i) => runs[i]!);
  };
}

const UNRULED = 'its ruled tables were not built; its text is read as unruled tables and paragraphs';

/** The frames of a page's rulings, or null with a `page-budget` warning when finding them is past the page's budget (./budget.ts). */
function rulingFrames(segments: Segment[], info: Page, budget: PageBudget): { found: Frames | null; diagnostics: Diagnostic[] } {
  if (segments.length > budget.segments) {
    return { found: null, diagnostics: [overBudget(info, 'ruling segments', segments.length, budget.segments, UNRULED)] };
  }
  const found = frames(segments, budget.crossingChecks);
  return { found, diagnostics: found ? [] : [overBudget(info, 'ruling crossings checked', null, budget.crossingChecks, UNRULED)] };
}

/**
 * Tables and paragraphs from a page's runs (text layer or OCR), with the warnings made on the way.
 * Ruled tables are built within the page's budget (./budget.ts): past a limit the page's rulings
 * (or one table's) are set aside with a `page-budget` warning and its text is read as unruled
 * tables and paragraphs.
 */
function pageContent(
  runs: TextRun[],
  segments: Segment[],
  info: Page,
  budget: PageBudget,
): Pick<PageContent, 'tables' | 'paragraphs'> & { diagnostics: Diagnostic[] } {
  const n = info.number;
  const tables: LatticeTable[] = [];
  const used = new Set<unknown>();
  const { found, diagnostics } = rulingFrames(segments, info, budget);
  const runsIn = runsIndex(runs);
  for (const frame of found?.frames ?? []) {
    const grid = frameGrid(frame);
    const cells = Math.max(0, grid.xs.length - 1) * Math.max(0, grid.ys.length - 1);
    if (cells > budget.gridCells) {
      diagnostics.push(
        overBudget(
          info,
          `grid positions in one ruled table (${grid.ys.length - 1} rows × ${grid.xs.length - 1} columns)`,
          cells,
          budget.gridCells,
          'that table was not built; its text is read as unruled tables and paragraphs',
        ),
      );
      continue;
    }
    const box = { x0: grid.xs[0] ?? 0, y0: grid.ys[0] ?? 0, x1: grid.xs.at(-1) ?? 0, y1: grid.ys.at(-1) ?? 0 };
    const t = latticeTable(
      frame,
      runsIn(box).filter((r) => !used.has(r)),
      n,
      grid,
    );
    if (!t || t.nRows * t.nCols < 2 || t.used.size === 0) continue;
    for (const r of t.used) used.add(r);
    tables.push(t);
  }
  for (const t of streamTables(
    runs.filter((r) => !used.has(r)),
    n,
  )) {
    for (const r of t.used) used.add(r);
    tables.push(t);
  }
  tables.sort((a, b) => a.box.y0 - b.box.y0);
  const rest = runs.filter((r) => !used.has(r));
  const paras = absorbOverflow(tables, paragraphs(groupLines(rest), n));
  markBleed(tables, paras, info.height, (text) => stripPieces(text) !== null);
  return { tables, paragraphs: paras, diagnostics };
}

/**
 * Where a page's text comes from: its operator list (op-text.ts; pdfjs's getTextContent for what that
 * does not model), or always getTextContent (`GONGKAI_PDF_TEXT=pdfjs`, which the test comparing the
 * two uses).
 */
const TEXT_FROM_OPS = process.env.GONGKAI_PDF_TEXT !== 'pdfjs';

/**
 * What a page's operator list gives, from its one walk (./op-walk.ts): the page's text items (null
 * when they cannot be read from the list; pdfjs's getTextContent is asked then), the share of the
 * page images cover, and its ruling segments, merged. The walk's events do not outlive it.
 */
function readOps(
  opList: { fnArray: number[]; argsArray: unknown[] },
  OPS: Record<string, number>,
  viewport: ViewportLike,
  fontOf: (name: string) => OpFont | null,
  view: number[],
  normalise: (s: string) => string,
): { items: OpTextItem[] | null; imageCoverage: number; segments: Segment[] } {
  const ops = walkOps(opList, OPS, { viewport, fontOf });
  return {
    items: TEXT_FROM_OPS ? textItems(ops, view, normalise) : null,
    imageCoverage: imageCoverage(ops.images, viewport),
    segments: mergeSegments(rulingsFrom(ops.paths)),
  };
}

type PageProvenance = { kind: 'pdf'; page: number; bbox: BBox };

const pageProvenance = (info: Page): PageProvenance => ({ kind: 'pdf', page: info.number, bbox: { x0: 0, y0: 0, x1: info.width, y1: info.height } });

const unreadablePage = (info: Page): PageContent => ({ page: info, tables: [], paragraphs: [], unreadable: true });

/** Non-whitespace characters of a page's runs. */
const textChars = (runs: readonly TextRun[]): number => runs.reduce((s, r) => s + [...r.text.replace(/\s/g, '')].length, 0);

/**
 * Whether a page's text layer is fit to read: a warning when it holds characters a damaged font or
 * Unicode map gives, and `unreadable` (with a warning) when too many have no Unicode mapping at all.
 */
function textQuality(runs: readonly TextRun[], chars: number, prov: PageProvenance): { diagnostics: Diagnostic[]; unreadable: boolean } {
  const n = prov.page;
  const diagnostics: Diagnostic[] = [];
  const suspect = suspectChars(runs);
  if (suspect.count >= SUSPECT_MIN) {
    diagnostics.push({
      code: 'pdf-suspect-text',
      severity: 'warning',
      stage: 'parse',
      message: `page ${n}: ${suspect.count} characters that a Chinese document does not print (Latin-1 letters and control codes between Chinese text, e.g. ${JSON.stringify(suspect.sample)}): a damaged font or Unicode map; figures from this page may be misread`,
      provenance: prov,
      detail: { suspect: suspect.count, sample: suspect.sample },
    });
  }
  const garbled = runs.reduce((s, r) => s + (r.text.match(GARBLED)?.length ?? 0), 0);
  if (chars >= 10 && garbled / chars > GARBLED_SHARE) {
    diagnostics.push({
      code: 'pdf-garbled-text',
      severity: 'warning',
      stage: 'parse',
      message: `page ${n}: ${garbled} of ${chars} characters have no usable Unicode mapping (a font without a ToUnicode map); the page's text is not used`,
      provenance: prov,
      detail: { garbled, chars },
    });
    return { diagnostics, unreadable: true };
  }
  return { diagnostics, unreadable: false };
}

/** What is done with a page that needs OCR: OCR it, or not (the document's allowance is spent, or OCR is off). */
const ocrRoute = (ocr: OcrState | null): 'ocr' | 'over-limit' | 'off' => (ocr && ocr.left > 0 ? 'ocr' : ocr ? 'over-limit' : 'off');

const needsOcrDiagnostic = (scan: PageScanInfo, prov: PageProvenance): Diagnostic => ({
  code: 'needs-ocr',
  severity: 'warning',
  stage: 'parse',
  message: `page ${prov.page} is a scanned image (${scan.reason}); it needs OCR and yields no text or tables`,
  provenance: prov,
  detail: { imageCoverage: round2(scan.imageCoverage), textChars: scan.textChars },
});

const ocrFailedDiagnostic = (reason: string, prov: PageProvenance): Diagnostic => ({
  code: 'ocr-failed',
  severity: 'warning',
  stage: 'parse',
  message: `page ${prov.page}: OCR failed: ${reason}`,
  provenance: prov,
  detail: { source: 'ocr' },
});

const ocrLimitDiagnostic = (maxPages: number, prov: PageProvenance): Diagnostic => ({
  code: 'ocr-limit',
  severity: 'warning',
  stage: 'parse',
  message: `page ${prov.page} was not OCRed: the document already had ${maxPages} pages OCRed (ocr.maxPages)`,
  provenance: prov,
  detail: { limit: maxPages },
});

/** OCR's own diagnostic for a page it read, with why the page was OCRed. */
const ocrReadDiagnostic = (d: Diagnostic, scan: PageScanInfo): Diagnostic => ({
  ...d,
  detail: { ...d.detail, scan: scan.reason, imageCoverage: round2(scan.imageCoverage) },
});

async function readPage(
  doc: Awaited<ReturnType<typeof openPdf>>,
  n: number,
  OPS: Record<string, number>,
  normalise: (s: string) => string,
  diagnostics: Diagnostic[],
  ocr: OcrState | null,
  budget: PageBudget,
): Promise<PageContent> {
  const page = await doc.getPage(n);
  try {
    const viewport = page.getViewport({ scale: 1 });
    const info: Page = { number: n, width: round2(viewport.width), height: round2(viewport.height) };
    const fontOf = (name: string): OpFont | null => (page.commonObjs.has(name) ? (page.commonObjs.get(name) as OpFont) : null);
    const fromOps = readOps(await page.getOperatorList(), OPS, viewport, fontOf, page.view, normalise);
    const runs = textRuns(fromOps.items ?? (await page.getTextContent()).items, viewport);
    const chars = textChars(runs);
    const scan = scanInfo(fromOps.imageCoverage, chars);
    const prov = pageProvenance(info);
    const read = (pageRuns: TextRun[]): PageContent => {
      const content = pageContent(pageRuns, fromOps.segments, info, budget);
      diagnostics.push(...content.diagnostics);
      return { page: info, tables: content.tables, paragraphs: content.paragraphs, unreadable: false };
    };
    if (scan.needsOcr) {
      const route = ocrRoute(ocr);
      if (route === 'ocr' && ocr) {
        ocr.left--;
        const r = await ocrPage(page, n, ocr.opts, info);
        if (r.ok) {
          diagnostics.push(ocrReadDiagnostic(r.diagnostic, scan));
          // Rulings drawn as vectors over a scan still frame its tables; the scan's own lines are pixels and do not.
          return read(r.runs);
        }
        diagnostics.push(needsOcrDiagnostic(scan, prov), ocrFailedDiagnostic(r.reason, prov));
        return unreadablePage(info);
      }
      if (route === 'over-limit' && ocr) diagnostics.push(ocrLimitDiagnostic(ocr.opts.maxPages, prov));
      diagnostics.push(needsOcrDiagnostic(scan, prov));
      return unreadablePage(info);
    }
    const quality = textQuality(runs, chars, prov);
    diagnostics.push(...quality.diagnostics);
    return quality.unreadable ? unreadablePage(info) : read(runs);
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
  /** What one page may cost (./budget.ts); each one left out keeps its default. */
  budget?: Partial<PageBudget>;
}

const nothing = (d: Diagnostic): PdfParse => ({ pages: [], blocks: [], tables: [], diagnostics: [d] });

/**
 * Opens the PDF. A download cut short loses the xref and the trailer at the end; pdfjs rebuilds the
 * xref by scanning objects but still needs the trailer's /Root: such a file is given one, naming
 * the catalog found, and opened again (`repaired`). A file that cannot be opened gives the diagnostic
 * for the first attempt's exception.
 */
async function openRepaired(bytes: Uint8Array, open: { images: boolean }): Promise<{ doc: PDFDocumentProxy; repaired: boolean } | { failed: Diagnostic }> {
  try {
    return { doc: await openPdf(bytes, undefined, open), repaired: false };
  } catch (e) {
    const patched = looksTruncated(bytes) ? withTrailer(bytes) : null;
    if (!patched) return { failed: pdfOpenDiagnostic(e) };
    try {
      return { doc: await openPdf(patched, undefined, open), repaired: true };
    } catch {
      return { failed: pdfOpenDiagnostic(e) };
    }
  }
}

/** The warning for a file without %%EOF at its end (cut short), saying whether its trailer had to be made up; null for a whole file. */
function truncatedDiagnostic(bytes: Uint8Array, repaired: boolean): Diagnostic | null {
  if (!looksTruncated(bytes)) return null;
  return {
    code: 'pdf-truncated',
    severity: 'warning',
    stage: 'parse',
    message: `the PDF has no %%EOF marker at its end: the file was probably cut short (an interrupted download)${repaired ? ', and its trailer was lost: the pages were found by scanning the file' : ''}; what could be read was read, but parts may be missing`,
    provenance: { kind: 'file', offset: bytes.length },
    ...(repaired ? { detail: { repaired: true } } : {}),
  };
}

/** OCR for the document: its state when asked for and able to run; a warning when asked for but unable. */
function ocrSetup(opts: ResolvedOcr | null): { ocr: OcrState | null; diagnostic: Diagnostic | null } {
  if (!opts) return { ocr: null, diagnostic: null };
  const a = ocrAvailable(opts.command, opts.languages);
  if (a.ok) return { ocr: { opts, left: opts.maxPages }, diagnostic: null };
  return {
    ocr: null,
    diagnostic: {
      code: 'ocr-unavailable',
      severity: 'warning',
      stage: 'parse',
      message: `OCR was asked for but cannot run: ${a.reason}; scanned pages stay needs-ocr`,
      provenance: { kind: 'file' },
      detail: { command: opts.command, languages: opts.languages },
    },
  };
}

/** What joining paragraphs across a page break looks at of a page: its paragraphs, and where its tables start and end. */
const pageFlow = (p: PageContent) => ({
  paragraphs: p.paragraphs,
  firstTableTop: p.tables.length ? Math.min(...p.tables.map((t) => t.box.y0)) : null,
  lastTableBottom: p.tables.length ? Math.max(...p.tables.map((t) => t.box.y1)) : null,
});

/**
 * The document's blocks and tables from its pages' content, in reading order: page by page, top to
 * bottom; a continued table keeps the place of its first part. `diagnostics` are assembleTables'.
 */
function assemble(pages: readonly PageContent[]): { blocks: Block[]; tables: Table[]; diagnostics: Diagnostic[] } {
  const body = medianByChars(pages.flatMap((p) => p.paragraphs));
  const drafts: (BlockDraft & { order: number; bleed?: boolean })[] = [];
  const tables: Table[] = [];
  const xsOf = new Map<Table, number[]>();
  let order = 0;
  for (const pc of pages) {
    type Item = { y: number; para?: PdfParagraph; table?: LatticeTable };
    const items: Item[] = [...pc.paragraphs.map((para) => ({ y: para.box.y0, para })), ...pc.tables.map((table) => ({ y: table.box.y0, table }))].sort(
      (a, b) => a.y - b.y,
    );
    for (const it of items) {
      if (it.para) {
        drafts.push({
          text: it.para.text,
          headingLevel: null,
          large: body > 0 && it.para.size >= 1.2 * body,
          provenance: { kind: 'pdf', page: it.para.page, bbox: roundBox(it.para.box) },
          order: order++,
          bleed: it.para.bleed === true,
        });
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
  markTableOfContents(
    blocks,
    tables.map((t) => t.order),
  );
  const assembled = assembleTables(blocks, tables, pdfContinuation(xsOf));
  return { blocks, tables: assembled.tables, diagnostics: assembled.diagnostics };
}

/** Reads a PDF into pages, blocks and tables; bad files and pages give diagnostics, never exceptions. */
export async function parsePdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<PdfParse> {
  const ocrOpts = resolveOcr(options.ocr);
  // Images are decoded only when pages may be rendered (OCR); text, rulings and scan detection read
  // where images lie, never their pixels.
  const opened = await openRepaired(bytes, { images: ocrOpts !== null });
  if ('failed' in opened) return nothing(opened.failed);
  const { doc, repaired } = opened;
  const tooMany = pageCheck(doc.numPages, options.limits ?? DEFAULT_LIMITS);
  if (tooMany) {
    await doc.destroy();
    return nothing(tooMany);
  }
  const diagnostics: Diagnostic[] = [];
  const budget = pageBudget(options.budget);
  const truncated = truncatedDiagnostic(bytes, repaired);
  if (truncated) diagnostics.push(truncated);
  const pages: PageContent[] = [];
  const { ocr, diagnostic: noOcr } = ocrSetup(ocrOpts);
  if (noOcr) diagnostics.push(noOcr);
  const aborted = (n: number): Diagnostic => ({
    code: 'parse-aborted',
    severity: 'error',
    stage: 'parse',
    message: `parsing was stopped before page ${n} of ${doc.numPages} (${String((options.signal?.reason as Error | undefined)?.message ?? options.signal?.reason ?? 'aborted')}); nothing read is kept`,
    provenance: { kind: 'file' },
    detail: { page: n, pages: doc.numPages },
  });
  try {
    const { OPS, normalizeUnicode } = await loadPdfJs();
    for (let n = 1; n <= doc.numPages; n++) {
      if (options.signal?.aborted) return nothing(aborted(n));
      try {
        pages.push(await readPage(doc, n, OPS as unknown as Record<string, number>, normalizeUnicode, diagnostics, ocr, budget));
      } catch (e) {
        diagnostics.push({
          ...pdfOpenDiagnostic(e),
          code: 'pdf-page-unreadable',
          message: `page ${n} could not be read: ${(e as Error).message}`,
          provenance: { kind: 'pdf', page: n, bbox: { x0: 0, y0: 0, x1: 0, y1: 0 } },
        });
      }
    }
  } finally {
    await doc.destroy();
  }
  const joined = joinAcrossPages(pages.map(pageFlow));
  const { blocks, tables, diagnostics: assembly } = assemble(pages.map((p, i) => ({ ...p, paragraphs: joined[i]! })));
  diagnostics.push(...assembly);
  return { pages: pages.map((p) => p.page), blocks, tables, diagnostics };
}

const roundBox = (b: { x0: number; y0: number; x1: number; y1: number }) => ({ x0: round2(b.x0), y0: round2(b.y0), x1: round2(b.x1), y1: round2(b.y1) });

/** One page's piece of a table; pieces continued on the next page are joined by assembleTables. */
function toModelTable(part: LatticeTable, index: number, order: number): Table {
  const cells = part.cells.map((g) =>
    g.kind === 'cell' && g.provenance.kind === 'pdf' ? { ...g, provenance: { ...g.provenance, bbox: roundBox(g.provenance.bbox) } } : g,
  );
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
