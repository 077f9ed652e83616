import { z } from 'zod';
import type { Diagnostic, Table } from '../model/index.js';
import { cellAt, Provenance } from '../model/index.js';
import { Amount, parseAmount, unitOf } from '../normalise/amount.js';
import { compactText } from '../normalise/text.js';
import { headerPath } from './header-path.js';
import type { CellRef } from './figure.js';

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
  /** What groups the line when the table prints it beside the name (a 预算单位 over its 科目); null when nothing does. */
  group: z.string().nullable().default(null),
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
  /** Text columns left of the name that group the lines (预算单位, 单位名称). */
  groupCols: number[];
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
function namedSides(t: Table): Side[] {
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
    if (amountCols.length) out.push({ codeCols, nameCol, amountCols, groupCols: [] });
  });
  return out;
}

/** Columns that print codes, line or item numbers by their header: 科目编码, 单位代码, 类 | 款 | 项, 序号, 行次. */
const INDEX_HEADER = /编码|代码|^类$|^款$|^项$|^序号$|^行次$|^栏次$|^\*+$/;

/** What a column's body prints: mostly text (a label), mostly codes, or mostly amounts. */
function columnRole(t: Table, c: number): 'label' | 'code' | 'amount' | 'empty' {
  if (headerPath(t, c).some((l) => INDEX_HEADER.test(l))) return isCodeColumn(t, c) ? 'code' : 'label';
  let text = 0;
  let codes = 0;
  let amounts = 0;
  for (let r = t.headerRows; r < t.nRows; r++) {
    const cell = cellAt(t, r, c);
    if (!cell || cell.col !== c) continue;
    const raw = compactText(cell.raw);
    if (!raw) continue;
    if (/^\d{3}$|^\d{5}$|^\d{7}$/.test(raw)) codes++;
    else if (parseAmount(raw).state !== 'unreadable' && parseAmount(raw).state !== 'blank') amounts++;
    else text++;
  }
  if (!text && !codes && !amounts) return 'empty';
  if (text >= amounts + codes) return 'label';
  // A column of bare 3-, 5- and 7-digit numbers with no decimals is a code column (201, 20101, 2010101).
  if (codes > 0 && amounts === 0) return 'code';
  return 'amount';
}

/**
 * The side of a table whose name column is not headed 科目名称 (功能科目, 项目名称, 单位名称, 支出项目类别,
 * or a code and a name in one cell: [201]一般公共服务支出), read from what its columns print: the
 * rightmost text column before the amounts names the line, text columns left of it group the lines
 * (a unit's name over its 科目), and code columns give the code.
 */
function contentSide(t: Table): Side[] {
  const roles = Array.from({ length: t.nCols }, (_, c) => columnRole(t, c));
  const firstAmount = roles.indexOf('amount');
  if (firstAmount < 0) return [];
  let nameCol = -1;
  for (let c = firstAmount - 1; c >= 0; c--)
    if (roles[c] === 'label') {
      nameCol = c;
      break;
    }
  if (nameCol < 0) return [];
  const codeCols: number[] = [];
  const groupCols: number[] = [];
  for (let c = 0; c < nameCol; c++) {
    if (roles[c] === 'code') codeCols.push(c);
    else if (roles[c] === 'label') groupCols.push(c);
  }
  const amountCols: number[] = [];
  for (let c = nameCol + 1; c < t.nCols; c++) if (roles[c] === 'amount' || roles[c] === 'empty') amountCols.push(c);
  return amountCols.length ? [{ codeCols, nameCol, amountCols, groupCols }] : [];
}

const sides = (t: Table): Side[] => {
  const named = namedSides(t);
  return named.length ? named : contentSide(t);
};

/** A code printed at the start of a name cell: [201]一般公共服务支出, 2010101 行政运行, 201一般公共服务支出. */
const CODE_IN_NAME = /^[[【(（]?(\d{3}|\d{5}|\d{7})[\]】)）]?\s*(?=\D)/;

/**
 * The row that stands for the whole table when it prints no 合计 or 总计: the one row, printing no code,
 * that names the department the table is printed for (深圳's 表3 支出总表 "深圳市财政局（本级）" over its
 * 科目 rows, 表5 项目支出总表 over its projects). Null when the table prints a 合计, names no department,
 * names it on more than one row, or prints 科目 rows and another uncoded row of amounts (another unit's).
 */
const isAmount = (x: string): boolean => parseAmount(x).state === 'number';

function wholeDepartmentRow(t: Table): number | null {
  const dept = compactText(t.department ?? '');
  if (!dept) return null;
  const hits: number[] = [];
  let codedRows = 0;
  let uncoded = 0;
  for (let r = t.headerRows; r < t.nRows; r++) {
    const texts = new Set<string>();
    for (let c = 0; c < t.nCols; c++) {
      const cell = cellAt(t, r, c);
      if (cell && cell.row === r) texts.add(compactText(cell.raw));
    }
    if ([...texts].some((x) => /^(?:合计|总计)$/.test(x))) return null;
    const coded = [...texts].some((x) => CODE_PART.test(x) || (CODE_IN_NAME.test(x) && !isAmount(x)));
    if (coded) codedRows++;
    else if (texts.has(dept)) hits.push(r);
    else if ([...texts].some(isAmount)) uncoded++;
  }
  // Among 科目 rows, another row of amounts without a code is another unit's: the department's row is then not the whole.
  return hits.length === 1 && !(codedRows && uncoded) ? hits[0]! : null;
}

/**
 * Line items of one 科目-coded table: every printed amount (a number or a dash) becomes exactly one
 * item; blank cells none; unreadable cells a diagnostic each, never a number.
 */
export function lineItems(t: Table, tableKind: string): { items: LineItem[]; diagnostics: Diagnostic[] } {
  const items: LineItem[] = [];
  const diagnostics: Diagnostic[] = [];
  const tableUnit = unitOf(t.unitNote ?? '');
  const whole = wholeDepartmentRow(t);
  for (const lay of sides(t)) {
    // One code column that prints a 款 by its own two digits under its 类 (201 / 10 / 2011007, 西安 2020): the 款 is 201 + 10.
    let lastClass: string | null = null;
    for (let r = t.headerRows; r < t.nRows; r++) {
      const printedName = compactText(cellAt(t, r, lay.nameCol)?.raw ?? '');
      const inName = lay.codeCols.length ? null : CODE_IN_NAME.exec(printedName);
      const name = inName ? printedName.slice(inName[0].length) : printedName;
      // A code cell spanning rows (a 类 printed once for its 款 rows) gives its code to each row.
      const parts = lay.codeCols.map((c) => compactText(cellAt(t, r, c)?.raw ?? ''));
      const printedTotal = /^(?:合计|总计)$/.test(name) || parts.some((p) => /^(?:合计|总计)$/.test(p));
      const digits = parts.filter((p) => CODE_PART.test(p));
      let code = printedTotal || r === whole ? '*' : digits.length ? digits.join('') : inName ? inName[1]! : null;
      if (code && code.length === 3) lastClass = code;
      else if (code && code.length === 7) lastClass = code.slice(0, 3);
      else if (code && code.length === 2 && lastClass && lay.codeCols.length <= 1) code = lastClass + code;
      const group =
        lay.groupCols
          .map((c) => compactText(cellAt(t, r, c)?.raw ?? ''))
          .filter(Boolean)
          .join(' ') || null;
      const level = code === '*' ? 0 : code ? (LEVEL[code.length] ?? null) : null;
      const label = name || (printedTotal ? '合计' : r === whole ? (group ?? compactText(t.department ?? '')) : '');
      for (const c of lay.amountCols) {
        const cell = cellAt(t, r, c);
        if (!cell || cell.row !== r || cell.col !== c) continue;
        const path = headerPath(t, c);
        const amount = parseAmount(cell.raw, { column: unitOf(path.join('')), table: tableUnit });
        if (amount.state === 'blank') continue;
        if (amount.state === 'unreadable') {
          diagnostics.push({
            code: 'amount-unreadable',
            severity: 'warning',
            stage: 'extract',
            message: `${t.id} row ${r} (${label}) column ${path.join(' › ')}: ${amount.reason}`,
            provenance: cell.provenance,
          });
          continue;
        }
        items.push({
          table: t.id,
          tableKind,
          row: r,
          col: c,
          code,
          level,
          name: label,
          group,
          measure: path.at(-1) ?? '',
          measurePath: path,
          amount,
          side: null,
          provenance: cell.provenance,
        });
      }
    }
  }
  return { items, diagnostics };
}

/** The names the tables of the kinds `kind` matches print for their 科目 codes (3, 5 or 7 digits): the first table to print a code names it. */
export function codeNames(items: readonly LineItem[], kind: RegExp): Map<string, string> {
  const out = new Map<string, string>();
  for (const li of items) if (kind.test(li.tableKind) && li.code && /^\d{3,7}$/.test(li.code) && li.name && !out.has(li.code)) out.set(li.code, li.name);
  return out;
}

/** A 科目 name for comparison: no spaces, no （类）, no trailing 支出. */
export const normName = (s: string): string =>
  s
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[(（](?:类|款|项)[)）]/g, '')
    .replace(/支出$/, '');

/** Where a line item's amount was printed, as cell evidence. */
export const lineCell = (li: LineItem): CellRef => ({
  kind: 'cell',
  table: li.table,
  tableKind: li.tableKind,
  row: li.row,
  col: li.col,
  raw: li.amount.printed,
  provenance: li.provenance,
});
