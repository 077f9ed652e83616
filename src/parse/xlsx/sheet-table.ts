import type { Diagnostic, SheetProvenance, Table } from '../../model/index.js';
import { buildGrid, gridReport, type SourceCell } from '../common/grid-builder.js';
import { inferHeaderRows } from '../common/header-rows.js';
import { type BlockDraft } from '../common/roles.js';
import { newTable } from '../common/table.js';
import type { Merge, Sheet, SheetCell } from './workbook.js';

/** Most grid positions one sheet's table may have (as for HTML tables: 10,000 rows of 50 columns fit). */
export const MAX_SHEET_POSITIONS = 500_000;

/** `A`, `B`, … `Z`, `AA`, … for a 0-based column. */
export function columnName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A1 reference of a 0-based cell, or of a range when it covers more than one. */
export const a1 = (row: number, col: number, bottom = row, right = col): string =>
  bottom === row && right === col ? `${columnName(col)}${row + 1}` : `${columnName(col)}${row + 1}:${columnName(right)}${bottom + 1}`;

/** What one sheet gives the document: the text rows around its grid as block drafts, and the grid as a table. */
export interface SheetContent {
  /** Lines printed above the grid (a title, 部门：…, 单位：万元), in order. */
  above: BlockDraft[];
  table: Table | null;
  /** Lines printed below the grid (注：…). */
  below: BlockDraft[];
  diagnostics: Diagnostic[];
}

interface Extent {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The smallest box holding every cell (a loop: a sheet may have more cells than a spread call takes arguments). */
function extentOf(cells: readonly { row: number; col: number }[]): Extent | null {
  if (cells.length === 0) return null;
  const e = { top: Infinity, bottom: -Infinity, left: Infinity, right: -Infinity };
  for (const c of cells) {
    if (c.row < e.top) e.top = c.row;
    if (c.row > e.bottom) e.bottom = c.row;
    if (c.col < e.left) e.left = c.col;
    if (c.col > e.right) e.right = c.col;
  }
  return e;
}

/**
 * The rows of the sheet that are its table. A printed table's cells are ruled and the lines
 * around it (title, 部门 and 单位 line, notes) are not — the same evidence the PDF reader takes
 * from drawn rulings — so when the sheet rules any cell, the grid runs from the first to the last
 * ruled row. A sheet that rules nothing is one grid over everything it prints; the title rows then
 * stay the grid's first rows, for the document-wide pass that joins a title strip to its table.
 */
function gridRows(printing: readonly SheetCell[], all: readonly SheetCell[]): { top: number; bottom: number } | null {
  const ruled = extentOf(all.filter((c) => c.bordered));
  const e = ruled ?? extentOf(printing);
  return e ? { top: e.top, bottom: e.bottom } : null;
}

const sheetProv = (sheet: string, ref: string): SheetProvenance => ({ kind: 'sheet', sheet, ref });

/** One line of text per row outside the grid: its printed cells left to right, joined by a space. */
function lineDrafts(sheet: Sheet, cells: readonly SheetCell[]): BlockDraft[] {
  const byRow = new Map<number, SheetCell[]>();
  for (const c of cells) if (c.printed.trim() !== '') byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
  return [...byRow.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([row, cs]) => {
      cs.sort((a, b) => a.col - b.col);
      const first = cs[0]!;
      const last = cs[cs.length - 1]!;
      return { text: cs.map((c) => c.printed.trim()).join(' '), headingLevel: null, provenance: sheetProv(sheet.name, a1(row, first.col, row, last.col)) };
    });
}

/**
 * Builds one sheet's content: its grid as a table of the model (merged areas as spans, every
 * position a cell, provenance `sheet!ref`) and the lines above and below the grid as block drafts.
 * `index` and `order` place the table in the document.
 */
export function sheetContent(sheet: Sheet, index: number, order: number): SheetContent {
  const diagnostics: Diagnostic[] = [];
  const printing = sheet.cells.filter((c) => c.printed !== '' || c.stored !== undefined || c.formulaWithoutValue);
  const rows = gridRows(printing, sheet.cells);
  if (!rows) return { above: [], table: null, below: [], diagnostics };
  const inGrid = sheet.cells.filter((c) => c.row >= rows.top && c.row <= rows.bottom);
  const cols = extentOf(inGrid)!;
  // A merged area that starts in the grid widens it to its right edge.
  const merges = sheet.merges.filter((m) => m.top >= rows.top && m.top <= rows.bottom && m.left >= cols.left);
  const right = merges.reduce((x, m) => Math.max(x, m.right), cols.right);
  let bottom = rows.bottom;
  const width = right - cols.left + 1;
  if ((bottom - rows.top + 1) * width > MAX_SHEET_POSITIONS) {
    const keep = Math.max(1, Math.floor(MAX_SHEET_POSITIONS / width));
    diagnostics.push({
      code: 'table-truncated',
      severity: 'warning',
      stage: 'parse',
      message: `sheet ${sheet.name} has a grid of ${bottom - rows.top + 1} rows × ${width} columns, over the ${MAX_SHEET_POSITIONS}-position limit; only its first ${keep} rows were read`,
      provenance: sheetProv(sheet.name, a1(rows.top, cols.left, bottom, right)),
      detail: { rows: bottom - rows.top + 1, cols: width, kept: keep, limit: MAX_SHEET_POSITIONS },
    });
    bottom = rows.top + keep - 1;
  }
  const byPos = new Map<number, SheetCell>();
  for (const c of inGrid) byPos.set(c.row * 16_384 + c.col, c);
  const origin = new Map<number, Merge>();
  const covered = new Set<number>();
  for (const m of merges) {
    if (m.top > bottom) continue;
    origin.set(m.top * 16_384 + m.left, m);
    for (let r = m.top; r <= Math.min(m.bottom, bottom); r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(r * 16_384 + c);
  }
  const source: SourceCell[][] = [];
  for (let r = rows.top; r <= bottom; r++) {
    const row: SourceCell[] = [];
    for (let c = cols.left; c <= right; c++) {
      const key = r * 16_384 + c;
      if (covered.has(key)) continue;
      const cell = byPos.get(key);
      const m = origin.get(key);
      row.push({
        raw: cell?.printed ?? '',
        ...(cell?.stored !== undefined ? { value: cell.stored } : {}),
        rowSpan: m ? Math.min(m.bottom, bottom) - m.top + 1 : 1,
        colSpan: m ? m.right - m.left + 1 : 1,
        header: false,
        provenance: sheetProv(sheet.name, m ? a1(m.top, m.left, m.bottom, m.right) : a1(r, c)),
      });
    }
    source.push(row);
  }
  const grid = buildGrid(source, index);
  const headerRows = inferHeaderRows(grid);
  for (const g of grid.cells) if (g.kind === 'cell' && g.row < headerRows) g.header = true;
  const table = newTable({
    index,
    order,
    pages: [],
    parent: null,
    nRows: grid.nRows,
    nCols: grid.nCols,
    headerRows,
    cells: grid.cells,
    provenance: { ...sheetProv(sheet.name, a1(rows.top, cols.left, bottom, right)), table: index },
    report: gridReport(grid, 'sheet', headerRows > 0 ? 'inferred' : 'none'),
  });
  diagnostics.push(...cellNotes(sheet, rows.top, bottom, cols.left, right, index));
  const outside = (above: boolean) => sheet.cells.filter((c) => (above ? c.row < rows.top : c.row > rows.bottom));
  return { above: lineDrafts(sheet, outside(true)), table, below: lineDrafts(sheet, outside(false)), diagnostics };
}

/** What a reader of the printed sheet would not see, or what the file does not hold: said once per sheet. */
function cellNotes(sheet: Sheet, top: number, bottom: number, left: number, right: number, table: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  const whole = sheetProv(sheet.name, a1(top, left, bottom, right));
  const rows = sheet.hiddenRows.filter((r) => r >= top && r <= bottom);
  const cols = sheet.hiddenCols.filter((c) => c >= left && c <= right);
  if (rows.length || cols.length) {
    const what = [rows.length ? `rows ${rows.map((r) => r + 1).join(', ')}` : '', cols.length ? `columns ${cols.map(columnName).join(', ')}` : '']
      .filter(Boolean)
      .join(' and ');
    out.push({
      code: 'sheet-hidden-cells',
      severity: 'warning',
      stage: 'parse',
      message: `sheet ${sheet.name} hides ${what}; they were read as part of its table (t${table}), though a reader of the workbook does not see them`,
      provenance: whole,
      detail: { sheet: sheet.name, rows: rows.map((r) => r + 1), cols: cols.map(columnName) },
    });
  }
  const noValue = sheet.cells.filter((c) => c.formulaWithoutValue && c.row >= top && c.row <= bottom);
  if (noValue.length) {
    out.push({
      code: 'formula-without-value',
      severity: 'warning',
      stage: 'parse',
      message: `sheet ${sheet.name}: ${noValue.length} cell(s) hold a formula whose result the file does not store (${noValue
        .slice(0, 5)
        .map((c) => a1(c.row, c.col))
        .join(', ')}${noValue.length > 5 ? ', …' : ''}); they are read as blank`,
      provenance: sheetProv(sheet.name, a1(noValue[0]!.row, noValue[0]!.col)),
      detail: { sheet: sheet.name, cells: noValue.map((c) => a1(c.row, c.col)) },
    });
  }
  const unread = [...new Set(sheet.cells.filter((c) => c.formatUnread).map((c) => c.formatUnread!))];
  if (unread.length) {
    out.push({
      code: 'number-format-unread',
      severity: 'warning',
      stage: 'parse',
      message: `sheet ${sheet.name}: number format(s) ${unread.map((f) => JSON.stringify(f)).join(', ')} could not be applied; those numbers are printed as Excel's General format would`,
      provenance: whole,
      detail: { sheet: sheet.name, formats: unread },
    });
  }
  return out;
}
