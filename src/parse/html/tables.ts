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
): { table: Table; nested: NestedTable[] } {
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
        skipBefore: Number.parseInt(c.attribs?.['data-gk-skip-before'] ?? '0', 10) || 0,
      };
    });
  });
  const grid = buildGrid(source, index);
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
  return { table, nested };
}

/** Tables directly nested in a cell (not inside a deeper nested table). */
function collectNested(n: DomNode, path: string, found: (t: DomNode, path: string) => void): void {
  for (const { el, path: p } of childElements(n, path)) {
    if (tagOf(el) === 'table') found(el, p);
    else collectNested(el, p, found);
  }
}
