import type { GridCell, OriginCell, Table } from './table.js';

/** The grid entry at (row, col), or undefined outside the table. */
export function gridAt(table: Table, row: number, col: number): GridCell | undefined {
  if (row < 0 || col < 0 || row >= table.nRows || col >= table.nCols) return undefined;
  return table.cells[row * table.nCols + col];
}

/** The origin cell that covers (row, col), following a span back to its origin. */
export function cellAt(table: Table, row: number, col: number): OriginCell | undefined {
  const g = gridAt(table, row, col);
  if (!g || g.kind === 'missing') return undefined;
  if (g.kind === 'cell') return g;
  const o = gridAt(table, g.origin[0], g.origin[1]);
  return o?.kind === 'cell' ? o : undefined;
}

/** The table as rows of printed text; spanned positions repeat nothing (empty string). */
export function textRows(table: Table): string[][] {
  const rows: string[][] = [];
  for (let r = 0; r < table.nRows; r++) {
    const row: string[] = [];
    for (let c = 0; c < table.nCols; c++) {
      const g = gridAt(table, r, c);
      row.push(g?.kind === 'cell' ? g.raw : '');
    }
    rows.push(row);
  }
  return rows;
}
