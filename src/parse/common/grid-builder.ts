import type { GridCell, OriginCell, ParsingReport, Provenance } from '../../model/index.js';

/** One cell as the markup gives it, before it is placed on the grid. */
export interface SourceCell {
  raw: string;
  rowSpan: number;
  colSpan: number;
  header: boolean;
  /** Provenance of the cell; row/col/table are filled in for DOM and sheet provenance once placed. */
  provenance: Provenance;
  /** A spreadsheet cell's stored value, when it differs from what it prints (model: OriginCell.value). */
  value?: string;
  /** Columns to skip before this cell (a Word row's `w:gridBefore`). */
  skipBefore?: number;
}

export interface BuiltGrid {
  nRows: number;
  nCols: number;
  cells: GridCell[];
  raggedRows: number;
  /** Spans that ran past the table and were cut at its edge. */
  clippedSpans: number;
  /** Where each source cell was placed: [row, col], parallel to the input rows. */
  placements: [number, number][][];
}

/** Largest span honoured; larger values are clipped (HTML caps colspan at 1000 for the same reason). */
const MAX_SPAN = 1000;

/**
 * Places cells on a grid the way an HTML table is laid out: each row fills the first columns not
 * covered by a rowspan from above; a span covers rowSpan × colSpan positions, which point back to
 * their origin. Positions no cell reaches are `missing`.
 */
export function buildGrid(rows: readonly (readonly SourceCell[])[], tableIndex: number): BuiltGrid {
  const nRows = rows.length;
  const occupied: (GridCell | undefined)[][] = rows.map(() => []);
  let nCols = 0;
  let clippedSpans = 0;
  const placements: [number, number][][] = [];
  rows.forEach((row, r) => {
    let c = 0;
    const placed: [number, number][] = [];
    placements.push(placed);
    for (const src of row) {
      c += src.skipBefore ?? 0;
      while (occupied[r]![c]) c++;
      let rowSpan = Math.min(Math.max(1, Math.floor(src.rowSpan) || 1), MAX_SPAN);
      const colSpan = Math.min(Math.max(1, Math.floor(src.colSpan) || 1), MAX_SPAN);
      if (r + rowSpan > nRows) {
        rowSpan = nRows - r;
        clippedSpans++;
      }
      placed.push([r, c]);
      const provenance: Provenance =
        src.provenance.kind === 'dom' || src.provenance.kind === 'sheet' ? { ...src.provenance, table: tableIndex, row: r, col: c } : src.provenance;
      const origin: OriginCell = {
        kind: 'cell',
        row: r,
        col: c,
        rowSpan,
        colSpan,
        header: src.header,
        raw: src.raw,
        ...(src.value !== undefined ? { value: src.value } : {}),
        provenance,
      };
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          const rr = r + dr;
          const cc = c + dc;
          // Overlapping spans (malformed markup): the first cell placed keeps the position.
          if (occupied[rr]![cc]) continue;
          occupied[rr]![cc] = dr === 0 && dc === 0 ? origin : { kind: 'spanned', row: rr, col: cc, origin: [r, c] };
        }
      }
      c += colSpan;
      nCols = Math.max(nCols, c);
    }
  });
  for (const o of occupied) nCols = Math.max(nCols, o.length);
  const cells: GridCell[] = [];
  let raggedRows = 0;
  for (let r = 0; r < nRows; r++) {
    let ragged = false;
    for (let c = 0; c < nCols; c++) {
      const g = occupied[r]![c];
      if (g) cells.push(g);
      else {
        cells.push({ kind: 'missing', row: r, col: c });
        ragged = true;
      }
    }
    if (ragged) raggedRows++;
  }
  return { nRows, nCols, cells, raggedRows, clippedSpans, placements };
}

/** The parsing report of a built grid (camelot's idea: every table says how clean it is). */
export function gridReport(
  grid: Pick<BuiltGrid, 'nRows' | 'nCols' | 'cells'>,
  method: ParsingReport['method'],
  headerSource: ParsingReport['headerSource'],
  outsideRuns?: number,
): ParsingReport {
  const origins = grid.cells.filter((c): c is OriginCell => c.kind === 'cell');
  const empty = origins.filter((c) => c.raw.trim() === '').length;
  const ragged = new Set(grid.cells.filter((c) => c.kind === 'missing').map((c) => c.row)).size;
  return {
    method,
    rows: grid.nRows,
    cols: grid.nCols,
    emptyShare: origins.length ? Math.round((empty / origins.length) * 1e4) / 1e4 : 0,
    raggedRows: ragged,
    headerSource,
    ...(outsideRuns !== undefined ? { outsideRuns } : {}),
  };
}
