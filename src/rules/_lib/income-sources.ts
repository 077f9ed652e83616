import { amountSlot, lineCell, type DocumentRecords, type Slot } from '../../extract/records.js';
import { compactText } from '../../normalise/text.js';

type Line = DocumentRecords['lineItems'][number];

/**
 * The row identities of a 预算 table whose columns are income sources, read from its header tree the
 * way a reader adds them up, whichever template printed it: the 合计 (总计) is the sum of the sources
 * beside it; a group of sources (本年收入, 财政拨款, 单位资金, 一般公共预算拨款 …) counts once, by its
 * 小计 when it prints one (and that 小计 is then the sum of the group), else by its sources; a
 * `其中：` column is part of the column before it and is never added. 西安's 部门综合预算 prints these
 * columns on its 收入总表 and on its 支出总表 alike; 深圳 nests them (本年收入 › 财政拨款 › 一般公共预算拨款),
 * 杭州 prints 总计 beside 本年收入 › 小计.
 *
 * Only a table each of whose amount columns is understood is read: a column whose label is not an
 * income source (a wrapped label cut into pieces, a year's 预算数, a rate) may hold the missing part,
 * and then no sum is made (null).
 */

const TOTAL = /^(?:合计|总计|收入总计|收入合计|总收入)$/;
const SUBTOTAL = /^(?:小计|合计|金额)$/;
const OF = /^其中[:：]?/;
/** The income sources and their groups, as the national template and its regional variants print them. */
const SOURCE = new RegExp(
  '^(?:' +
    [
      '本年收入(?:合计)?',
      '(?:本级)?财政拨款(?:收入)?',
      '(?:一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?)(?:财政)?(?:拨款)?(?:收入)?',
      '财政专户(?:管理资金|拨款)?(?:收入)?',
      '教育收费(?:收入)?',
      '单位资金(?:收入)?',
      '其他资金(?:收入)?',
      '事业收入',
      '事业单位经营收入',
      '(?:对)?附属单位上缴收入',
      '上级补助收入',
      '用事业基金弥补收支差额',
      '上年(?:结转|结余|结转结余|结余、?结转|结转和结余)(?:收入)?',
      '上年实户资金余额',
      '其他收入',
    ].join('|') +
    ')$',
);

export interface IncomeColumn {
  col: number;
  label: string;
}

export interface IncomeIdentity {
  whole: IncomeColumn;
  parts: IncomeColumn[];
}

interface Node {
  label: string;
  col: number | null;
  children: Map<string, Node>;
}

/**
 * The identities of one table's columns (`whole = Σ parts`), or null when a column is not understood
 * or no single 合计 heads them. `paths` is each amount column's header labels, outermost first.
 */
export function incomeIdentities(paths: ReadonlyMap<number, readonly string[]>): IncomeIdentity[] | null {
  const cols = [...paths].map(([col, p]) => ({ col, path: p.map(compactText).filter(Boolean) }));
  if (cols.length < 3 || cols.some((c) => !c.path.length)) return null;
  // Labels every column shares (部门预算, 收入预算) head the table, not a group.
  let shared = 0;
  while (cols.every((c) => c.path.length > shared + 1 && c.path[shared] === cols[0]!.path[shared])) shared++;
  const rest = cols.map((c) => ({ col: c.col, path: c.path.slice(shared) }));
  const totals = rest.filter((c) => c.path.length === 1 && TOTAL.test(c.path[0]!));
  if (totals.length !== 1) return null;
  const total = totals[0]!;
  const root: Node = { label: '', col: null, children: new Map() };
  for (const c of rest) {
    if (c === total) continue;
    const leaf = c.path.at(-1)!;
    if (OF.test(leaf)) continue;
    if (c.path.slice(0, -1).some((l) => !SOURCE.test(l))) return null;
    if (!SOURCE.test(leaf) && !(c.path.length > 1 && SUBTOTAL.test(leaf))) return null;
    let node = root;
    for (const l of c.path) {
      const next = node.children.get(l) ?? { label: l, col: null, children: new Map<string, Node>() };
      node.children.set(l, next);
      node = next;
    }
    if (node.col !== null || node.children.size) return null;
    node.col = c.col;
  }
  const out: IncomeIdentity[] = [];
  const label = (n: Node, under: string): string => (SUBTOTAL.test(n.label) ? `${under}小计` : n.label);
  /** The columns that add up to a node: its own column, its 小计, or its children's. */
  const columnsOf = (n: Node): IncomeColumn[] | null => {
    if (n.col !== null) return [{ col: n.col, label: n.label }];
    const sub = [...n.children.values()].find((c) => SUBTOTAL.test(c.label) && c.col !== null && !c.children.size);
    const others = [...n.children.values()].filter((c) => c !== sub);
    const parts: IncomeColumn[] = [];
    for (const c of others) {
      const cs = columnsOf(c);
      if (!cs) return null;
      parts.push(...cs);
    }
    if (sub) {
      const whole = { col: sub.col!, label: label(sub, n.label) };
      if (parts.length) out.push({ whole, parts });
      return [whole];
    }
    return parts.length ? parts : null;
  };
  // One part is the whole when the other sources are blank in every row (杭州: 总计 = 本年收入 › 小计).
  const parts = columnsOf(root);
  if (!parts?.length) return null;
  out.unshift({ whole: { col: total.col, label: total.path[0]! }, parts });
  return out;
}

/** A table's line items by grid row, in the order printed. */
export function rowsOf(lines: readonly Line[]): Map<number, Line[]> {
  const rows = new Map<number, Line[]>();
  for (const l of lines) rows.set(l.row, [...(rows.get(l.row) ?? []), l]);
  return rows;
}

/** A table's amount columns and their header labels, from its line items. */
export function columnPaths(lines: readonly Line[]): Map<number, readonly string[]> {
  const paths = new Map<number, readonly string[]>();
  for (const l of lines) if (!paths.has(l.col)) paths.set(l.col, l.measurePath);
  return paths;
}

/**
 * Whether a table printed an amount that could not be read: a cell that is no line item would be
 * taken for a blank, so no sum over the table's rows or columns is made.
 */
export const hasUnreadable = (r: DocumentRecords, table: string): boolean =>
  r.diagnostics.some((d) => d.code === 'amount-unreadable' && d.message.startsWith(`${table} `));

/** A row's amount in a column as a slot (absent: blank). */
export function slotAt(lines: readonly Line[], col: number): Slot | undefined {
  const l = lines.find((x) => x.col === col);
  return l ? amountSlot(l.amount, lineCell(l)) : undefined;
}
