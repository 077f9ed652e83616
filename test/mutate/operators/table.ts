/**
 * Faults in the 科目-coded tables: a 项's amount changed, a total (合计, 类, 款) changed, a 项 row
 * dropped. Each breaks the sum its parent row prints; the hierarchy rule of the table's family must
 * say so, and rules that compare the number elsewhere (a cross-table identity, the narrative
 * restating it) may.
 */
import { Decimal } from 'decimal.js';
import { dropRow, setCell } from '../edit.js';
import { type CodedLine, codedLines } from '../coded-lines.js';
import type { Operator, PlantContext } from '../context.js';
import type { Expectation, Fault, FaultKind, Place } from '../fault.js';
import { lastDigit, moved, printLike, readPrinted } from '../printed.js';
import { familyOf, SANGONG_RULES, TABLE_RULES, TEXT_TABLE_RULES, union } from '../rule-sets.js';

/** The rule that checks a coded table's sums, by its kind: 公开06's 类 = Σ 款 is part of its own rule. */
function hierarchyRule(tableKind: string): string | null {
  if (tableKind === 'fa06') return 'fa06-basic-split';
  if (/^fa0\d$/.test(tableKind)) return 'fa-func-hierarchy';
  if (/^bu/.test(tableKind)) return 'bu-func-hierarchy';
  return null;
}

function tableExpectation(tableKind: string): Expectation | null {
  const rule = hierarchyRule(tableKind);
  if (!rule) return null;
  return { must: [rule], may: union(TABLE_RULES, TEXT_TABLE_RULES, SANGONG_RULES), family: familyOf(rule) };
}

/** Half a unit of the last printed digit of a line's cell, in the cell's printed unit (0 when it prints no number). */
const halfUnit = (l: CodedLine, col: number): Decimal => {
  const p = readPrinted(l.cells.get(col)?.amount.printed ?? '');
  return p ? lastDigit(p).div(2) : new Decimal(0);
};

/**
 * The least change a parent's sum can be trusted to show, in the printed unit: three times the
 * rounding of every number the sums that hold the line add (the line with its siblings and parent,
 * and with its children), however coarsely each is printed.
 */
function floorFor(l: CodedLine, col: number): Decimal {
  const family = (parent: CodedLine): Decimal => [parent, ...parent.children].reduce((a, x) => a.plus(halfUnit(x, col)), new Decimal(0));
  return Decimal.max(l.parent ? family(l.parent) : 0, l.children.length ? family(l) : 0).times(3);
}

const label = (l: CodedLine, col: number): string => `${l.tableKind} ${l.code === '*' ? '合计' : `${l.code} ${l.name}`} › ${l.cells.get(col)?.measure ?? col}`;

/** One amount of `line` changed: a fault of `kind` at that cell (undetectable, with why, when no rule sums the table or the column). */
function changed(ctx: PlantContext, kind: FaultKind, line: CodedLine, col: number, up: boolean, unsummed?: string): Fault | null {
  const li = line.cells.get(col);
  const rule = tableExpectation(line.tableKind);
  if (!li || li.amount.state !== 'number') return null;
  const expect: Expectation = !rule
    ? { undetectable: `no rule sums the 科目 tree of a ${line.tableKind} table`, must: [], may: [], family: '—' }
    : unsummed
      ? { ...rule, undetectable: unsummed }
      : rule;
  const p = readPrinted(li.amount.printed);
  if (!p || p.value.isZero()) return null;
  if (ctx.busy({ kind: 'cell', table: line.table, row: line.row, col })) return null;
  const raw = printLike(p, moved(p, up, floorFor(line, col)));
  return {
    kind,
    id: `${kind} ${line.table} r${line.row} c${col}`,
    what: `${label(line, col)} ${li.amount.printed} → ${raw}`,
    places: [{ kind: 'cell', table: line.table, row: line.row, col }],
    expect,
    shift: {},
    apply: (doc) => setCell(doc, line.table, line.row, col, raw),
  };
}

const numeric = (l: CodedLine | null | undefined, col: number): boolean => l?.cells.get(col)?.amount.state === 'number';

/** A 项 (a line with a parent and no children of its own) whose parent prints the same column. */
export const cellFaults: Operator = (ctx) => {
  const out: Fault[] = [];
  for (const l of codedLines(ctx.records)) {
    if (!l.parent || l.children.length) continue;
    for (const col of l.cells.keys()) {
      const f = changed(ctx, 'cell', l, col, (l.row + col) % 2 === 0, numeric(l.parent, col) ? undefined : 'its parent line prints no amount in that column');
      if (f) out.push(f);
    }
  }
  return out;
};

/** A total: a line with children (合计, 类, 款) whose children print the same column. */
export const totalFaults: Operator = (ctx) => {
  const out: Fault[] = [];
  for (const l of codedLines(ctx.records)) {
    for (const col of l.cells.keys()) {
      if (!l.children.some((c) => numeric(c, col))) continue;
      const f = changed(ctx, 'total', l, col, (l.row + col) % 2 === 1);
      if (f) out.push(f);
    }
  }
  return out;
};

/**
 * A 项 row removed from its table: its parent then prints more than its remaining children add up
 * to. Only a row that is one line of its grid row (not half of a two-sided 公开06 row), whose parent
 * keeps other children, and whose amount is beyond the rounding of the parent's sum.
 */
export const rowDropFaults: Operator = (ctx) => {
  const lines = codedLines(ctx.records);
  const out: Fault[] = [];
  for (const l of lines) {
    const parent = l.parent;
    const expect = tableExpectation(l.tableKind);
    if (!parent || !expect || l.children.length || parent.children.length < 2) continue;
    if (lines.some((o) => o !== l && o.table === l.table && o.row === l.row)) continue;
    const shows = [...l.cells.entries()].some(([col, li]) => {
      const p = li.amount.state === 'number' ? readPrinted(li.amount.printed) : null;
      return p !== null && numeric(parent, col) && p.value.abs().gt(floorFor(l, col));
    });
    if (!shows || [...l.cells.keys()].some((col) => ctx.busy({ kind: 'cell', table: l.table, row: l.row, col }))) continue;
    const places: Place[] = [{ kind: 'row', table: parent.table, row: parent.row }];
    for (const o of lines) if (o.table !== l.table && o.code === l.code) places.push({ kind: 'row', table: o.table, row: o.row });
    out.push({
      kind: 'row-drop',
      id: `row-drop ${l.table} r${l.row}`,
      what: `${l.tableKind} row ${l.code} ${l.name} removed (under ${parent.code === '*' ? '合计' : parent.code})`,
      places,
      expect: { ...expect, may: union(expect.may, ['fan-func-label-path', 'bu-item-label']) },
      shift: { row: { table: l.table, from: l.row, by: 1 } },
      apply: (doc) => dropRow(doc, l.table, l.row),
    });
  }
  return out;
};
