/**
 * Pure edits of a DocModel: each returns a changed deep copy and leaves its argument alone. They
 * change what a reader would see changed — a cell's text, a row gone, a sentence's words, a unit
 * note — and keep the grid a valid grid (spans, origins, row numbers).
 */
import type { DocModel, GridCell, Table } from '../../src/model/index.js';

const tableIndex = (doc: DocModel, id: string): number => {
  const i = doc.tables.findIndex((t) => t.id === id);
  if (i < 0) throw new Error(`no table ${id}`);
  return i;
};

/** The document with one origin cell's printed text replaced. */
export function setCell(doc: DocModel, table: string, row: number, col: number, raw: string): DocModel {
  const out = structuredClone(doc);
  const t = out.tables[tableIndex(out, table)]!;
  const g = t.cells[row * t.nCols + col];
  if (g?.kind !== 'cell') throw new Error(`${table} (${row}, ${col}) is not an origin cell`);
  g.raw = raw;
  return out;
}

/**
 * The table without grid row `row`: cells below move up one row; a cell spanning the row loses one
 * row of span; a cell whose origin is in the row hands its content to the row below it when it
 * spans further (a 类 code printed once over its 款 rows).
 */
export function withoutRow(t: Table, row: number): Table {
  const at = (r: number, c: number): GridCell => t.cells[r * t.nCols + c]!;
  const cells: GridCell[] = [];
  for (let r = 0; r < t.nRows; r++) {
    if (r === row) continue;
    const nr = r > row ? r - 1 : r;
    for (let c = 0; c < t.nCols; c++) {
      const g = at(r, c);
      if (g.kind === 'missing') {
        cells.push({ ...g, row: nr });
      } else if (g.kind === 'cell') {
        const spans = g.row < row && g.row + g.rowSpan > row;
        cells.push({ ...g, row: nr, rowSpan: spans ? g.rowSpan - 1 : g.rowSpan });
      } else if (g.origin[0] === row) {
        const o = at(row, g.origin[1]);
        if (o.kind !== 'cell') throw new Error('spanned cell without origin');
        // The first row below the dropped origin takes its content, once per origin.
        if (r === row + 1 && c === g.origin[1]) cells.push({ ...o, row: nr, col: c, rowSpan: o.rowSpan - 1 });
        else cells.push({ ...g, row: nr, origin: [row, g.origin[1]] });
      } else {
        cells.push({ ...g, row: nr, origin: [g.origin[0] > row ? g.origin[0] - 1 : g.origin[0], g.origin[1]] });
      }
    }
  }
  return { ...t, nRows: t.nRows - 1, cells, report: { ...t.report, rows: Math.max(0, t.report.rows - 1) } };
}

/** The document with a grid row of one table removed (and any table nested below it renumbered). */
export function dropRow(doc: DocModel, table: string, row: number): DocModel {
  const out = structuredClone(doc);
  const i = tableIndex(out, table);
  out.tables[i] = withoutRow(out.tables[i]!, row);
  for (const t of out.tables) {
    if (t.parent?.table === table && t.parent.row > row) t.parent = { ...t.parent, row: t.parent.row - 1 };
  }
  return out;
}

/** The document with characters [start, end) of a block's text replaced. */
export function editText(doc: DocModel, block: string, start: number, end: number, text: string): DocModel {
  const out = structuredClone(doc);
  const b = out.blocks.find((x) => x.id === block);
  if (!b) throw new Error(`no block ${block}`);
  if (start < 0 || end > b.text.length || start > end) throw new Error(`${block}: span [${start}, ${end}) outside its text`);
  b.text = b.text.slice(0, start) + text + b.text.slice(end);
  return out;
}

/** The document with a table's unit note rewritten (and the block it was read from, when there is one). */
export function setUnitNote(doc: DocModel, table: string, rewrite: (note: string) => string): DocModel {
  const out = structuredClone(doc);
  const t = out.tables[tableIndex(out, table)]!;
  if (t.unitNote === null) throw new Error(`${table} has no unit note`);
  t.unitNote = rewrite(t.unitNote);
  const b = t.unitBlock ? out.blocks.find((x) => x.id === t.unitBlock) : undefined;
  if (b) b.text = rewrite(b.text);
  return out;
}
