import type { GridCell } from '../../model/index.js';
import type { LatticeTable } from './lattice.js';

/** A table as it stands after stitching: one or more page parts, rows appended in page order. */
export interface StitchedTable {
  pages: number[];
  parts: LatticeTable[];
  nRows: number;
  nCols: number;
  cells: GridCell[];
  outsideRuns: number;
}

/** Column boundaries this close (points) are the same column on the next page. */
const COLUMN_TOL = 3;

export const sameColumns = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((x, i) => Math.abs(x - b[i]!) <= COLUMN_TOL);

const rowText = (cells: readonly GridCell[], nCols: number, r: number): string =>
  cells
    .slice(r * nCols, (r + 1) * nCols)
    .map((g) => (g.kind === 'cell' ? g.raw.replace(/\s+/g, '') : ''))
    .join('|');

/**
 * Appends `next`'s rows below `t`, dropping its leading rows that repeat rows of `t`'s top (a repeated
 * header). A merged cell cut by the page break stays two cells: with both parts ruled (LibreOffice
 * draws the page-foot border) nothing on the page says they were one.
 */
export function appendPart(t: StitchedTable, next: LatticeTable): void {
  // An empty ruled row at the foot or head of a page is a page-break artefact (the 2024 财政局 决算's
  // 基本支出表 and 财政拨款收入支出决算总表).
  dropEmptyRowAt(t, t.nRows - 1);
  const head = new Set(Array.from({ length: Math.min(6, t.nRows) }, (_, r) => rowText(t.cells, t.nCols, r)));
  let skip = 0;
  while (skip < next.nRows && head.has(rowText(next.cells, next.nCols, skip)) && rowText(next.cells, next.nCols, skip).replace(/\|/g, '') !== '') skip++;
  // A span from a dropped row into a kept one cannot be kept whole: keep nothing of a row a span crosses.
  const offset = t.nRows - skip;
  for (let r = skip; r < next.nRows; r++) {
    for (let c = 0; c < next.nCols; c++) {
      const g = next.cells[r * next.nCols + c]!;
      if (g.kind === 'cell') t.cells.push({ ...g, row: g.row + offset });
      else if (g.kind === 'spanned') {
        const [or, oc] = g.origin;
        t.cells.push(or < skip ? { kind: 'missing', row: r + offset, col: c } : { kind: 'spanned', row: r + offset, col: c, origin: [or + offset, oc] });
      } else t.cells.push({ ...g, row: g.row + offset });
    }
  }
  t.nRows = t.cells.length / t.nCols;
  dropEmptyRowAt(t, t.nRows - (next.nRows - skip));
  t.parts.push(next);
  if (!t.pages.includes(next.page)) t.pages.push(next.page);
  t.outsideRuns += next.outsideRuns;
}

export const startStitched = (t: LatticeTable): StitchedTable => ({
  pages: [t.page],
  parts: [t],
  nRows: t.nRows,
  nCols: t.nCols,
  cells: [...t.cells],
  outsideRuns: t.outsideRuns,
});


/** Removes row `r` if every position in it is an empty one-row cell (nothing spans into or out of it). */
function dropEmptyRowAt(t: StitchedTable, r: number): void {
  if (r < 0 || r >= t.nRows || t.nRows < 2) return;
  const row = t.cells.slice(r * t.nCols, (r + 1) * t.nCols);
  if (!row.every((g) => g.kind === 'cell' && g.rowSpan === 1 && g.colSpan === 1 && g.raw === '')) return;
  t.cells.splice(r * t.nCols, t.nCols);
  for (const g of t.cells.slice(r * t.nCols)) {
    g.row--;
    if (g.kind === 'spanned' && g.origin[0] > r) g.origin = [g.origin[0] - 1, g.origin[1]];
  }
  t.nRows--;
}
