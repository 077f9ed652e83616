import ExcelJS from 'exceljs';
import { printedValue, type SheetValue } from './printed.js';

/** One non-empty or bordered cell of a sheet, 0-based. */
export interface SheetCell extends SheetValue {
  row: number;
  col: number;
  /** Any of its four edges is ruled: the cells of a printed table are, its title and notes mostly not. */
  bordered: boolean;
}

/** A merged area, 0-based and inclusive. */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A sheet as plain data: what the table builder needs and nothing of exceljs. */
export interface Sheet {
  name: string;
  /** `visible`, or `hidden` / `veryHidden` (a tab the workbook does not show). */
  state: string;
  /** Cells that print something or are ruled, in row-major order. */
  cells: SheetCell[];
  merges: Merge[];
  /** 0-based rows and columns the sheet hides. */
  hiddenRows: number[];
  hiddenCols: number[];
}

const ruled = (b: Partial<ExcelJS.Borders> | undefined): boolean =>
  !!b && [b.top, b.left, b.bottom, b.right].some((e) => e !== undefined && e !== null && typeof e.style === 'string');

/** Reads an XLSX workbook's sheets, in tab order. Throws on a damaged file (the caller reports it). */
export async function readWorkbook(bytes: Uint8Array): Promise<Sheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  const date1904 = wb.properties?.date1904 === true;
  const sheets: Sheet[] = [];
  for (const ws of wb.worksheets) {
    const cells: SheetCell[] = [];
    /** Origin address → its merged area, grown cell by cell (exceljs marks every covered cell with its master). */
    const merged = new Map<string, Merge>();
    const hiddenRows: number[] = [];
    const hiddenCols = new Set<number>();
    // Empty rows too: a ruled row with nothing in it still belongs to the printed table.
    ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      if (row.hidden) hiddenRows.push(rowNumber - 1);
      row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
        const r = rowNumber - 1;
        const c = colNumber - 1;
        if (cell.isMerged && cell.master && cell.master.address !== cell.address) {
          const m = cell.master;
          const area = merged.get(m.address) ?? { top: Number(m.row) - 1, left: Number(m.col) - 1, bottom: Number(m.row) - 1, right: Number(m.col) - 1 };
          area.bottom = Math.max(area.bottom, r);
          area.right = Math.max(area.right, c);
          merged.set(m.address, area);
          if (!ruled(cell.border)) return;
          cells.push({ row: r, col: c, printed: '', bordered: true });
          return;
        }
        const v = printedValue(cell.value, cell.numFmt, date1904);
        const bordered = ruled(cell.border);
        if (v.printed === '' && v.stored === undefined && !v.formulaWithoutValue && !bordered) return;
        cells.push({ row: r, col: c, bordered, ...v });
      });
    });
    const colCount = ws.columnCount;
    for (let c = 1; c <= colCount; c++) if (ws.getColumn(c).hidden) hiddenCols.add(c - 1);
    sheets.push({
      name: ws.name,
      state: ws.state ?? 'visible',
      cells,
      merges: [...merged.values()],
      hiddenRows,
      hiddenCols: [...hiddenCols].sort((a, b) => a - b),
    });
  }
  return sheets;
}
