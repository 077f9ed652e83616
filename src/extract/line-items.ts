import { z } from 'zod';
import type { Diagnostic, Table } from '../model/index.js';
import { cellAt, Provenance } from '../model/index.js';
import { Amount, parseAmount, unitOf } from '../normalise/amount.js';
import { compactText } from '../normalise/text.js';
import { headerPath } from './header-path.js';

/**
 * One printed amount of a 科目-coded table (收入决算表, 支出决算表, 一般公共预算财政拨款支出决算表,
 * the 预算 功能分类 tables …): the row's 功能分类 or 经济分类 code joined from its 类/款/项 cells, its
 * name, the column's meaning, the amount exactly, and where it was printed.
 */
export const LineItem = z.object({
  table: z.string(),
  tableKind: z.string(),
  /** 0-based grid row and column of the amount cell. */
  row: z.number().int().min(0),
  col: z.number().int().min(0),
  /** Digits of the code (`2080505`), `*` for a 合计 row, null when the row prints none. */
  code: z.string().nullable(),
  /** 1 类, 2 款, 3 项 (from the code's length: 3, 5, 7 digits); 0 for 合计; null when unknown. */
  level: z.number().int().min(0).max(3).nullable(),
  name: z.string(),
  /** The column's label, the deepest header cell over it (本年收入合计, 基本支出, 小计). */
  measure: z.string(),
  /** Every header label over the column, outermost first (本年支出 › 基本支出). */
  measurePath: z.array(z.string()),
  amount: Amount,
  /** The side of a two-sided 总表 (公开01, 04: 收入 | 支出); null for one-sided tables. */
  side: z.enum(['收入', '支出']).nullable(),
  provenance: Provenance,
});
export type LineItem = z.infer<typeof LineItem>;

const CODE_PART = /^\d{2,7}$/;
const LEVEL: Record<number, number> = { 3: 1, 5: 2, 7: 3 };

interface Side {
  codeCols: number[];
  nameCol: number;
  amountCols: number[];
}

const isNameHeader = (t: Table, c: number): boolean => headerPath(t, c).some((l) => /科目名称$/.test(l));

/** Whether column c's body prints codes (201, 06, 2080101) rather than amounts. */
function isCodeColumn(t: Table, c: number): boolean {
  let codes = 0;
  for (let r = t.headerRows; r < t.nRows; r++) {
    const cell = cellAt(t, r, c);
    if (cell?.col === c && CODE_PART.test(compactText(cell.raw))) codes++;
  }
  return codes > 0;
}

/**
 * The table's sides: each has a name column headed 科目名称, the code columns left of it whose body
 * prints codes, and the amount columns right of it up to the next side's code columns (the 基本支出
 * 决算表 prints two sides of 经济分类 codes next to each other).
 */
function sides(t: Table): Side[] {
  const nameCols: number[] = [];
  for (let c = 0; c < t.nCols; c++) if (isNameHeader(t, c) && cellAt(t, 0, c)?.col !== nameCols.at(-1)) nameCols.push(c);
  const out: Side[] = [];
  let start = 0;
  nameCols.forEach((nameCol, i) => {
    const codeCols: number[] = [];
    for (let c = start; c < nameCol; c++) if (isCodeColumn(t, c)) codeCols.push(c);
    const end = nameCols[i + 1] ?? t.nCols;
    const amountCols: number[] = [];
    for (let c = nameCol + 1; c < end; c++) {
      if (isCodeColumn(t, c)) break; // the next side's code columns
      amountCols.push(c);
    }
    start = nameCol + 1 + amountCols.length;
    if (amountCols.length) out.push({ codeCols, nameCol, amountCols });
  });
  return out;
}

/**
 * Line items of one 科目-coded table: every printed amount (a number or a dash) becomes exactly one
 * item; blank cells none; unreadable cells a diagnostic each, never a number.
 */
export function lineItems(t: Table, tableKind: string): { items: LineItem[]; diagnostics: Diagnostic[] } {
  const items: LineItem[] = [];
  const diagnostics: Diagnostic[] = [];
  const tableUnit = unitOf(t.unitNote ?? '');
  for (const lay of sides(t)) {
    for (let r = t.headerRows; r < t.nRows; r++) {
      const name = compactText(cellAt(t, r, lay.nameCol)?.raw ?? '');
      // A code cell spanning rows (a 类 printed once for its 款 rows) gives its code to each row.
      const parts = lay.codeCols.map((c) => compactText(cellAt(t, r, c)?.raw ?? ''));
      const printedTotal = /^(?:合计|总计)$/.test(name) || parts.some((p) => /^(?:合计|总计)$/.test(p));
      const digits = parts.filter((p) => CODE_PART.test(p));
      const code = printedTotal ? '*' : digits.length ? digits.join('') : null;
      const level = code === '*' ? 0 : code ? (LEVEL[code.length] ?? null) : null;
      const label = name || (printedTotal ? '合计' : '');
      for (const c of lay.amountCols) {
        const cell = cellAt(t, r, c);
        if (!cell || cell.row !== r || cell.col !== c) continue;
        const path = headerPath(t, c);
        const amount = parseAmount(cell.raw, { column: unitOf(path.join('')), table: tableUnit });
        if (amount.state === 'blank') continue;
        if (amount.state === 'unreadable') {
          diagnostics.push({ code: 'amount-unreadable', severity: 'warning', stage: 'extract', message: `${t.id} row ${r} (${label}) column ${path.join(' › ')}: ${amount.reason}`, provenance: cell.provenance });
          continue;
        }
        items.push({ table: t.id, tableKind, row: r, col: c, code, level, name: label, measure: path.at(-1) ?? '', measurePath: path, amount, side: null, provenance: cell.provenance });
      }
    }
  }
  return { items, diagnostics };
}
