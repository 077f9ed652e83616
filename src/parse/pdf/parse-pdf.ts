import type { Block, Diagnostic, Page, Table } from '../../model/index.js';
import { gridReport } from '../common/grid-builder.js';
import { inferHeaderRows } from '../common/header-rows.js';
import { newTable } from '../common/table.js';
import { attachCaptions, type BlockDraft, classifyBlock, demoteListItems, FURNITURE, isTitle, markTableOfContents, UNIT_NOTE } from '../common/roles.js';
import { frames, type LatticeTable, latticeTable } from './lattice.js';
import { groupLines } from './lines.js';
import { loadPdfJs, openPdf } from './load.js';
import { joinAcrossPages } from './page-join.js';
import { type PdfParagraph, paragraphs } from './paragraphs.js';
import { mergeSegments, pageRulings } from './rulings.js';
import { pageImageCoverage, scanInfo } from './scan.js';
import { appendPart, sameColumns, type StitchedTable, startStitched } from './stitch.js';
import { streamTables } from './stream.js';
import { textRuns } from './text-runs.js';

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

async function readPage(doc: Awaited<ReturnType<typeof openPdf>>, n: number, OPS: Record<string, number>, diagnostics: Diagnostic[]): Promise<PageContent> {
  const page = await doc.getPage(n);
  try {
    const viewport = page.getViewport({ scale: 1 });
    const info: Page = { number: n, width: round2(viewport.width), height: round2(viewport.height) };
    const [content, opList] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
    const runs = textRuns(content.items, viewport);
    const chars = runs.reduce((s, r) => s + [...r.text.replace(/\s/g, '')].length, 0);
    const scan = scanInfo(pageImageCoverage(opList, viewport, OPS), chars);
    const pageProv = { kind: 'pdf' as const, page: n, bbox: { x0: 0, y0: 0, x1: info.width, y1: info.height } };
    if (scan.needsOcr) {
      diagnostics.push({ code: 'needs-ocr', severity: 'warning', stage: 'parse', message: `page ${n} is a scanned image (${scan.reason}); it needs OCR and yields no text or tables`, provenance: pageProv, detail: { imageCoverage: round2(scan.imageCoverage), textChars: scan.textChars } });
      return { page: info, tables: [], paragraphs: [], unreadable: true };
    }
    const garbled = runs.reduce((s, r) => s + (r.text.match(GARBLED)?.length ?? 0), 0);
    if (chars >= 10 && garbled / chars > GARBLED_SHARE) {
      diagnostics.push({ code: 'pdf-garbled-text', severity: 'warning', stage: 'parse', message: `page ${n}: ${garbled} of ${chars} characters have no usable Unicode mapping (a font without a ToUnicode map); the page's text is not used`, provenance: pageProv, detail: { garbled, chars } });
      return { page: info, tables: [], paragraphs: [], unreadable: true };
    }
    const segments = mergeSegments(pageRulings(opList, viewport, OPS));
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
    return { page: info, tables, paragraphs: paragraphs(groupLines(rest), n), unreadable: false };
  } finally {
    page.cleanup();
  }
}

/** True for text that may sit between a table and its continuation on the next page. */
const continuationNoise = (p: PdfParagraph): boolean =>
  FURNITURE.test(p.text) || /^[（(]?续[表）)]?|续表$/.test(p.text.replace(/\s/g, '')) || UNIT_NOTE.exec(p.text)?.[0] === p.text.trim();

/**
 * Stitches tables continued on the next page: the last thing on a page (page numbers aside) is a
 * table, the first table of the next page has the same column boundaries, and nothing but a 续表
 * mark or a repeated unit note stands above it. Repeated header rows are dropped.
 */
function stitch(pages: PageContent[]): { tables: StitchedTable[]; at: Map<LatticeTable, StitchedTable> } {
  const out: StitchedTable[] = [];
  const at = new Map<LatticeTable, StitchedTable>();
  let open: StitchedTable | null = null;
  for (const pc of pages) {
    pc.tables.forEach((t, i) => {
      const above = pc.paragraphs.filter((p) => p.box.y1 <= t.box.y0 + 1);
      const last = open?.parts.at(-1);
      if (open && last && i === 0 && last.page === pc.page.number - 1 && sameColumns(last.xs, t.xs) && above.every((p) => continuationNoise(p) && !isTitle(p.text))) {
        appendPart(open, t);
        at.set(t, open);
      } else {
        open = startStitched(t);
        out.push(open);
        at.set(t, open);
      }
    });
    const lastTable = pc.tables.at(-1);
    const below = lastTable ? pc.paragraphs.filter((p) => p.box.y0 >= lastTable.box.y1 - 1) : pc.paragraphs;
    if (!lastTable || !below.every((p) => FURNITURE.test(p.text))) open = null;
  }
  return { tables: out, at };
}

/** Reads a PDF into pages, blocks and tables; bad files and pages give diagnostics, never exceptions. */
export async function parsePdf(bytes: Uint8Array): Promise<PdfParse> {
  let doc;
  try {
    doc = await openPdf(bytes);
  } catch (e) {
    return { pages: [], blocks: [], tables: [], diagnostics: [pdfOpenDiagnostic(e)] };
  }
  const diagnostics: Diagnostic[] = [];
  const pages: PageContent[] = [];
  try {
    const { OPS } = await loadPdfJs();
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        pages.push(await readPage(doc, n, OPS as unknown as Record<string, number>, diagnostics));
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
  const { tables: stitched, at } = stitch(pages);

  // Reading order: page by page, top to bottom; a continued table keeps the place of its first part.
  const bodySizes = pages.flatMap((p) => p.paragraphs.flatMap((q) => Array<number>([...q.text].length).fill(q.size)));
  const body = bodySizes.sort((a, b) => a - b)[Math.floor(bodySizes.length / 2)] ?? 0;
  const drafts: (BlockDraft & { order: number })[] = [];
  const tables: Table[] = [];
  let order = 0;
  for (const pc of pages) {
    type Item = { y: number; para?: PdfParagraph; table?: LatticeTable };
    const items: Item[] = [...pc.paragraphs.map((para) => ({ y: para.box.y0, para })), ...pc.tables.map((table) => ({ y: table.box.y0, table }))].sort((a, b) => a.y - b.y);
    for (const it of items) {
      if (it.para) {
        drafts.push({ text: it.para.text, headingLevel: null, large: body > 0 && it.para.size >= 1.2 * body, provenance: { kind: 'pdf', page: it.para.page, bbox: roundBox(it.para.box) }, order: order++ });
      } else if (it.table) {
        const st = at.get(it.table)!;
        if (st.parts[0] !== it.table) continue;
        tables.push(toModelTable(st, tables.length, order++));
      }
    }
  }
  const blocks = drafts.map((d, i) => classifyBlock(d, `b${i}`, d.order));
  demoteListItems(blocks);
  markTableOfContents(blocks, tables.map((t) => t.order));
  attachCaptions(blocks, tables);
  return { pages: pages.map((p) => p.page), blocks, tables, diagnostics };
}

const roundBox = (b: { x0: number; y0: number; x1: number; y1: number }) => ({ x0: round2(b.x0), y0: round2(b.y0), x1: round2(b.x1), y1: round2(b.y1) });

function toModelTable(st: StitchedTable, index: number, order: number): Table {
  const cells = st.cells.map((g) => (g.kind === 'cell' && g.provenance.kind === 'pdf' ? { ...g, provenance: { ...g.provenance, bbox: roundBox(g.provenance.bbox) } } : g));
  const grid = { nRows: st.nRows, nCols: st.nCols, cells };
  const headerRows = inferHeaderRows(grid);
  for (const g of cells) if (g.kind === 'cell' && g.row < headerRows) g.header = true;
  const first = st.parts[0]!;
  return newTable({
    index,
    order,
    pages: st.pages,
    parent: null,
    nRows: st.nRows,
    nCols: st.nCols,
    headerRows,
    cells,
    provenance: { kind: 'pdf', page: first.page, bbox: roundBox(first.box) },
    report: gridReport(grid, first.method, headerRows > 0 ? 'inferred' : 'none', st.outsideRuns),
  });
}
