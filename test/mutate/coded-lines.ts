/**
 * The 科目 tree of each coded table, as its printed codes give it: a 项 (7 digits) under the 款 (5)
 * it starts with, a 款 under its 类 (3), a 类 under the 合计 row; 经济分类 the same with 3 and 5
 * digits. Read from the line items of the unmutated run: every amount cell of a table the
 * classifier recognised, whether or not a rule later sees the table whole.
 */
import type { DocumentRecords } from '../../src/extract/records.js';
import type { LineItem } from '../../src/extract/line-items.js';

export interface CodedLine {
  table: string;
  tableKind: string;
  row: number;
  /** Digits, or `*` for a 合计 row. */
  code: string;
  name: string;
  /** Amount cells by grid column. */
  cells: Map<number, LineItem>;
  parent: CodedLine | null;
  children: CodedLine[];
}

const parentCode = (code: string): string | null =>
  code.length === 3 ? '*' : code.length === 5 ? code.slice(0, 3) : code.length === 7 ? code.slice(0, 5) : null;

/** The coded lines of every table, each linked to the nearest line above it that prints its parent code. */
export function codedLines(r: DocumentRecords): CodedLine[] {
  const byKey = new Map<string, CodedLine>();
  for (const li of r.lineItems) {
    if (!li.code || li.side !== null) continue;
    // A two-sided grid (公开06) prints two coded lines in one row; the first amount column tells them apart.
    const key = `${li.table}:${li.row}:${li.code}`;
    const line = byKey.get(key) ?? {
      table: li.table,
      tableKind: li.tableKind,
      row: li.row,
      code: li.code,
      name: li.name,
      cells: new Map(),
      parent: null,
      children: [],
    };
    line.cells.set(li.col, li);
    byKey.set(key, line);
  }
  const lines = [...byKey.values()].sort((a, b) =>
    a.table === b.table ? a.row - b.row || Math.min(...a.cells.keys()) - Math.min(...b.cells.keys()) : a.table.localeCompare(b.table, 'en', { numeric: true }),
  );
  for (const [i, line] of lines.entries()) {
    const want = parentCode(line.code);
    if (!want) continue;
    const sameSide = (p: CodedLine): boolean => [...line.cells.keys()].some((c) => p.cells.has(c));
    let parent: CodedLine | undefined;
    for (let j = i - 1; j >= 0 && lines[j]!.table === line.table; j--) {
      if (lines[j]!.code === want && sameSide(lines[j]!)) {
        parent = lines[j];
        break;
      }
    }
    // A 合计 printed below its 类 (some 预算 tables) still heads them.
    if (!parent && want === '*') parent = lines.find((p) => p.table === line.table && p.code === '*' && sameSide(p));
    if (parent) {
      line.parent = parent;
      parent.children.push(line);
    }
  }
  return lines;
}

/** The value of a line's cell in 万元 when it prints a number. */
export function amountOf(li: LineItem | undefined): { printed: string; wan: import('decimal.js').Decimal } | null {
  if (!li || li.amount.state !== 'number') return null;
  return { printed: li.amount.printed, wan: li.amount.wan ?? li.amount.value };
}
