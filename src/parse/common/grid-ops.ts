import type { GridCell } from '../../model/index.js';

/** A table's grid: nRows × nCols positions, row-major. */
export interface Grid {
  nRows: number;
  nCols: number;
  cells: GridCell[];
}

/** A row's text, cell by cell, without spaces: two rows print the same when their texts are equal. */
export const rowText = (g: Grid, r: number): string =>
  g.cells
    .slice(r * g.nCols, (r + 1) * g.nCols)
    .map((c) => (c.kind === 'cell' ? c.raw.replace(/\s+/g, '') : ''))
    .join('|');

/**
 * The grid laid on finer columns: its column boundary i becomes boundary `map[i]` of a grid of
 * `nCols` columns (`map` strictly increasing, from 0 to nCols). A cell keeps its content and covers
 * the finer columns between its boundaries.
 */
export function regrid(g: Grid, map: readonly number[], nCols: number): Grid {
  const out: (GridCell | undefined)[] = new Array<GridCell | undefined>(g.nRows * nCols);
  for (const cell of g.cells) {
    if (cell.kind !== 'cell') continue;
    const c0 = map[cell.col]!;
    const c1 = map[Math.min(cell.col + cell.colSpan, g.nCols)]!;
    const origin = { ...cell, col: c0, colSpan: c1 - c0 };
    for (let r = cell.row; r < Math.min(cell.row + cell.rowSpan, g.nRows); r++) {
      for (let c = c0; c < c1; c++) {
        // Overlapping spans (malformed markup): the first cell placed keeps the position, as grid-builder does.
        if (out[r * nCols + c]) continue;
        out[r * nCols + c] = r === cell.row && c === c0 ? origin : { kind: 'spanned', row: r, col: c, origin: [cell.row, c0] };
      }
    }
  }
  const cells = Array.from(out, (g, i): GridCell => g ?? { kind: 'missing', row: Math.floor(i / nCols), col: i % nCols });
  return { nRows: g.nRows, nCols, cells };
}

/** True when a cell of the first `n` rows spans below them. */
const spansBelow = (g: Grid, n: number): boolean => g.cells.some((c) => c.kind === 'cell' && c.row < n && c.row + c.rowSpan > n);

/** The grid without its first `n` rows; null when a cell of those rows spans into the rest. */
export function dropLeadingRows(g: Grid, n: number): Grid | null {
  if (n <= 0) return g;
  if (n >= g.nRows || spansBelow(g, n)) return null;
  const cells = g.cells
    .slice(n * g.nCols)
    .map((c): GridCell => (c.kind === 'spanned' ? { ...c, row: c.row - n, origin: [c.origin[0] - n, c.origin[1]] } : { ...c, row: c.row - n }));
  return { nRows: g.nRows - n, nCols: g.nCols, cells };
}

/** Leading rows of a part that print a row of the table's top again (a header repeated on every page). */
const HEAD_ROWS = 6;

/**
 * Appends `next`'s rows below `t` (same columns), in place: `next`'s leading rows that repeat rows of
 * `t`'s top are dropped, and so is an empty row at the seam. A merged cell cut by the seam stays two
 * cells: with both parts ruled (LibreOffice draws the page-foot border) nothing says they were one.
 * Returns how many of `next`'s rows were dropped from its top.
 */
export function appendRows(t: Grid, next: Grid): number {
  // An empty ruled row at the foot or head of a page is a page-break artefact (the 2024 财政局 决算's
  // 基本支出表 and 财政拨款收入支出决算总表).
  dropEmptyRowAt(t, t.nRows - 1);
  const head = new Set(Array.from({ length: Math.min(HEAD_ROWS, t.nRows) }, (_, r) => rowText(t, r)));
  let skip = 0;
  while (skip < next.nRows && head.has(rowText(next, skip)) && rowText(next, skip).replace(/\|/g, '') !== '') skip++;
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
  return skip;
}

/** Removes row `r` if every position in it is an empty one-row cell (nothing spans into or out of it). */
function dropEmptyRowAt(t: Grid, r: number): void {
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
