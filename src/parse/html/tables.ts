import type { Diagnostic } from '../../model/index.js';
import type { Provenance, Table } from '../../model/index.js';
import { buildGrid, gridReport, type SourceCell } from '../common/grid-builder.js';
import { inferHeaderRows, spansOutOfBand } from '../common/header-rows.js';
import { newTable } from '../common/table.js';
import { childElements, type DomNode, tagOf } from './dom.js';
import { renderText } from './text.js';

/** How a walker names where an element sits; the DOCX reader maps elements back to document.xml. */
export type PathOf = (el: DomNode, cssPath: string) => string;

interface RowSource {
  tr: DomNode;
  path: string;
  inHead: boolean;
}

/** The rows of a table in order: its own <tr>s, directly or inside thead/tbody/tfoot (not nested tables'). */
function tableRows(table: DomNode, path: string): RowSource[] {
  const rows: RowSource[] = [];
  for (const { el, path: p } of childElements(table, path)) {
    const tag = tagOf(el);
    if (tag === 'tr') rows.push({ tr: el, path: p, inHead: false });
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
      for (const { el: tr, path: tp } of childElements(el, p)) {
        if (tagOf(tr) === 'tr') rows.push({ tr, path: tp, inHead: tag === 'thead' });
      }
    }
  }
  return rows;
}

function spanAttr(el: DomNode, name: string): number {
  const v = Number.parseInt(el.attribs?.[name] ?? '1', 10);
  return Number.isFinite(v) && v >= 0 ? v : 1;
}

export interface NestedTable {
  el: DomNode;
  path: string;
  row: number;
  col: number;
}

/** Builds one table of the model from a <table> element; nested tables are returned for the caller. */
export function readTable(
  el: DomNode,
  path: string,
  index: number,
  order: number,
  pathOf: PathOf,
  parent: Table['parent'],
): { table: Table; nested: NestedTable[]; diagnostic: Diagnostic | null } {
  const rows = tableRows(el, path);
  const cellEls: { el: DomNode; path: string }[][] = [];
  const source: SourceCell[][] = rows.map((r, ri) => {
    const els = [...childElements(r.tr, r.path)].filter(({ el: c }) => ['td', 'th'].includes(tagOf(c)));
    cellEls.push(els);
    return els.map(({ el: c, path: cp }) => {
      const rowSpan = spanAttr(c, 'rowspan');
      const provenance: Provenance = { kind: 'dom', path: pathOf(c, cp) };
      return {
        raw: renderText(c, true),
        // rowspan="0" spans to the end of the table.
        rowSpan: rowSpan === 0 ? rows.length - ri : rowSpan,
        colSpan: spanAttr(c, 'colspan') || 1,
        header: tagOf(c) === 'th' || r.inHead,
        provenance,
        // Written by the DOCX reader (w:gridBefore); a page may carry it too, so it is capped like a span.
        skipBefore: Math.min(Math.max(0, Number.parseInt(c.attribs?.['data-gk-skip-before'] ?? '0', 10) || 0), 1000),
      };
    });
  });
  const limited = limitGrid(source);
  const grid = buildGrid(limited.rows, index);
  let headerRows = 0;
  let headerSource: 'markup' | 'inferred' | 'none' = 'none';
  // <thead> rows are the header as marked; leading rows of nothing but <th> count too, unless a
  // cell in them spans into the body (then they are a form's labels, not column headers).
  const inHead = rows.findIndex((r) => !r.inHead);
  const theadRows = inHead === -1 ? rows.length : inHead;
  const allTh = rows.findIndex((_r, i) => !source[i]!.every((c) => c.header));
  const thRows = allTh === -1 ? rows.length : allTh;
  if (theadRows > 0 && theadRows < rows.length) {
    headerRows = theadRows;
    headerSource = 'markup';
  } else if (thRows > 0 && thRows < rows.length && !spansOutOfBand(grid, thRows)) {
    headerRows = thRows;
    headerSource = 'markup';
  } else {
    headerRows = inferHeaderRows(grid);
    if (headerRows > 0) headerSource = 'inferred';
  }
  if (headerSource === 'inferred') {
    for (const g of grid.cells) if (g.kind === 'cell' && g.row < headerRows) g.header = true;
  }
  const nested: NestedTable[] = [];
  cellEls.forEach((row, ri) =>
    row.forEach((cell, ci) => {
      const [r, c] = grid.placements[ri]![ci]!;
      collectNested(cell.el, cell.path, (t, tp) => nested.push({ el: t, path: tp, row: r, col: c }));
    }),
  );
  const table = newTable({
    index,
    order,
    pages: [],
    parent,
    nRows: grid.nRows,
    nCols: grid.nCols,
    headerRows,
    cells: grid.cells,
    provenance: { kind: 'dom', path: pathOf(el, path), table: index },
    report: gridReport(grid, 'dom', headerSource),
  });
  const diagnostic: Diagnostic | null = limited.note
    ? {
        code: limited.note.code,
        severity: 'warning',
        stage: 'parse',
        message: limited.note.message,
        provenance: { kind: 'dom', path: pathOf(el, path), table: index },
        detail: limited.note.detail,
      }
    : null;
  return { table, nested, diagnostic };
}

/** Most grid positions one table may have (a 10,000-row table of 50 columns fits). */
export const MAX_GRID_POSITIONS = 500_000;

/**
 * Keeps a table's grid within MAX_GRID_POSITIONS. The widest row a grid can get is bounded from
 * the markup (each row's spans plus those reaching down into it from above); a table that could
 * pass the limit has its spans ignored (a damaged or hostile page: `rowspan="999999999"
 * colspan="1000"` on every row would make a grid of billions), and one that still does keeps
 * only the rows that fit. Either way with a warning; the cells kept are read as printed.
 */
function limitGrid(rows: SourceCell[][]): { rows: SourceCell[][]; note: { code: string; message: string; detail: Record<string, unknown> } | null } {
  let widest = 0;
  let active: { width: number; until: number }[] = [];
  rows.forEach((row, r) => {
    active = active.filter((a) => a.until > r);
    let w = active.reduce((s, a) => s + a.width, 0);
    for (const c of row) {
      const width = Math.min(Math.max(1, c.colSpan), 1000) + (c.skipBefore ?? 0);
      w += width;
      if (c.rowSpan !== 1) active.push({ width, until: r + (c.rowSpan > 0 ? Math.min(c.rowSpan, 1000) : rows.length) });
    }
    widest = Math.max(widest, w);
  });
  if (rows.length * widest <= MAX_GRID_POSITIONS) return { rows, note: null };
  const flat = rows.map((row) => row.map((c) => ({ ...c, rowSpan: 1, colSpan: 1, skipBefore: 0 })));
  const cols = Math.max(1, ...flat.map((row) => row.length));
  if (flat.length * cols <= MAX_GRID_POSITIONS) {
    return {
      rows: flat,
      note: {
        code: 'table-spans-ignored',
        message: `the table's spans would make a grid of up to ${rows.length} × ${widest} positions, over the ${MAX_GRID_POSITIONS} limit; its rowspan/colspan were ignored`,
        detail: { rows: rows.length, widest, limit: MAX_GRID_POSITIONS },
      },
    };
  }
  const keep = Math.max(1, Math.floor(MAX_GRID_POSITIONS / cols));
  return {
    rows: flat.slice(0, keep),
    note: {
      code: 'table-truncated',
      message: `the table has ${rows.length} rows of up to ${cols} cells, over the ${MAX_GRID_POSITIONS}-position limit; only its first ${keep} rows were read, without spans`,
      detail: { rows: rows.length, cols, kept: keep, limit: MAX_GRID_POSITIONS },
    },
  };
}

/** Tables directly nested in a cell (not inside a deeper nested table). */
function collectNested(n: DomNode, path: string, found: (t: DomNode, path: string) => void): void {
  for (const { el, path: p } of childElements(n, path)) {
    if (tagOf(el) === 'table') found(el, p);
    else collectNested(el, p, found);
  }
}
