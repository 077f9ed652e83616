import type { Block, Table } from '../../model/index.js';
import { appendRows, regrid, rowText } from './grid-ops.js';
import type { BlockRange } from './reading-order.js';
import { UNIT_NOTE } from './roles.js';
import { stripPieces, titleKey } from './strip.js';

/** How two pieces of a table line up: both column boundary lists placed on one common grid. */
export interface ColumnPlan {
  /** Columns of the common grid. */
  nCols: number;
  /** Where each column boundary (0 … nCols) of the piece printed first falls on the common grid. */
  prev: number[];
  /** The same for the piece that continues it. */
  next: number[];
}

const identity = (n: number): number[] => Array.from({ length: n + 1 }, (_, i) => i);
export const identityPlan = (nCols: number): ColumnPlan => ({ nCols, prev: identity(nCols), next: identity(nCols) });

/** What a format knows about whether one table piece continues another. */
export interface Continuation {
  /**
   * True when a page break separates `last` and `next` (PDF: `next` is on the page after): the rows
   * of a table may then simply go on, with no mark. Otherwise a piece continues a table only when
   * something says so: a 续表 mark, the title or the header repeated, or no header of its own right
   * under the table.
   */
  pageBreak(last: Table, next: Table): boolean;
  /** True when header rows are inferred from content (PDF): they are inferred again over the whole table. */
  inferredHeaders: boolean;
  /**
   * How `next` lines up under `last` (the piece printed just before it) in `table` (the table the
   * pieces so far make), or null when its columns are not the same: a geometry test in PDF.
   */
  columns(last: Table, next: Table, table: Table): ColumnPlan | null;
  /**
   * True when a block printed between `last` and `next` is the table's own text: a label in an edge
   * column `last` left open (merged down over the page, its rulings not drawn), printed beside its
   * rows or `next`'s. Such a block does not stop the table going on.
   */
  edgeText?(block: Block, last: Table, next: Table, table: Table): boolean;
}

/** HTML and DOCX: no pages; a piece may continue a table of as many columns. */
export const domContinuation: Continuation = {
  pageBreak: () => false,
  inferredHeaders: false,
  columns: (last, next) => (last.nCols === next.nCols ? identityPlan(next.nCols) : null),
};

/** A table being assembled, and the last piece joined to it. */
interface Open {
  table: Table;
  first: Table;
  last: Table;
  /** Where each column boundary of `last` falls on `table`'s columns. */
  lastMap: number[];
  parts: number;
  outsideRuns: number;
}

const compact = (s: string): string => s.replace(/[\s\u3000\u00a0]+/g, '');
const unitWord = (s: string): string | null => /(百万元|亿元|千元|万元|元)/.exec(UNIT_NOTE.exec(compact(s))?.[0] ?? compact(s))?.[1] ?? null;
const firstText = (t: Table): string =>
  rowText(t, 0)
    .split('|')
    .find((s) => s !== '') ?? '';

/**
 * Whether `next` continues `open`, reading what a reader reads: nothing but page furniture, a 续表
 * mark, the repeated title, number, 部门 line and unit note between the two; no title of its own but
 * the same one; not a new form (its first row names the same thing as the table's with another
 * value: 西安's one form per project); the same columns. Returns the common grid, or null.
 */
function continues(open: Open, next: Table, between: readonly Block[], cont: Continuation, marked: boolean): ColumnPlan | null {
  const t = open.table;
  const key = t.title !== null ? titleKey(t.title) : null;
  let sign = cont.pageBreak(open.last, next) || marked;
  for (const b of between) {
    if (b.role === 'furniture' || cont.edgeText?.(b, open.last, next, t)) continue;
    const pieces = stripPieces(b.text);
    if (!pieces) return null;
    for (const p of pieces) {
      if (p.kind === 'continued') sign = true;
      else if (p.kind === 'title') {
        if (key === null || titleKey(p.text) !== key) return null;
        sign = true;
      } else if (p.kind === 'number') {
        if (t.number !== compact(p.text)) return null;
      } else if (p.kind === 'department') {
        if (t.department !== undefined && compact(p.name) !== compact(t.department)) return null;
      } else if (p.kind === 'year') {
        if (t.year !== undefined && p.year !== t.year) return null;
      } else if (t.unitNote !== null && unitWord(p.text) !== unitWord(t.unitNote)) return null;
    }
  }
  if (next.title !== null) {
    if (key === null || titleKey(next.title) !== key) return null;
    sign = true;
  }
  if (next.number !== undefined && next.number !== t.number) return null;
  if (next.department !== undefined && t.department !== undefined && compact(next.department) !== compact(t.department)) return null;
  if (next.year !== undefined && t.year !== undefined && next.year !== t.year) return null;
  if (next.unitNote !== null && t.unitNote !== null && unitWord(next.unitNote) !== unitWord(t.unitNote)) return null;
  const head = rowText(t, 0);
  const nextHead = rowText(next, 0);
  if (nextHead === head && head.replace(/\|/g, '') !== '') sign = true;
  else if (firstText(next) !== '' && firstText(next) === firstText(t) && t.cells[0]?.kind === 'cell' && next.cells[0]?.kind === 'cell') return null;
  // Two tables back to back, the second without a header of its own: its rows go on.
  if (!sign && between.length === 0 && next.headerRows === 0 && t.headerRows > 0) sign = true;
  if (!sign) return null;
  return cont.columns(open.last, next, t);
}

/**
 * The common grid of the table so far and the next piece, from the plan that lines the piece up
 * under the last piece joined: where the table has columns the last piece does not (a finer piece
 * joined earlier), the next piece may not bring columns of its own into the same span. The last piece
 * may leave out columns at the table's edges (a form's label column merged down over the page), and
 * the next piece bring as many there again: they are the table's.
 */
function compose(lastMap: readonly number[], tableCols: number, plan: ColumnPlan): { nCols: number; table: number[]; next: number[] } | null {
  const tableMap: number[] = new Array<number>(tableCols + 1);
  const planMap: number[] = new Array<number>(plan.nCols + 1);
  const [leftT, leftU] = [lastMap[0]!, plan.prev[0]!];
  const [rightT, rightU] = [tableCols - lastMap.at(-1)!, plan.nCols - plan.prev.at(-1)!];
  if ((leftT > 0 && leftU > 0 && leftT !== leftU) || (rightT > 0 && rightU > 0 && rightT !== rightU)) return null;
  for (let k = 0; k < leftT; k++) tableMap[k] = k;
  for (let k = 0; k < leftU; k++) planMap[k] = k;
  let w = Math.max(leftT, leftU);
  for (let i = 0; i + 1 < lastMap.length; i++) {
    const aLo = lastMap[i]!;
    const uLo = plan.prev[i]!;
    const kA = lastMap[i + 1]! - aLo - 1;
    const kU = plan.prev[i + 1]! - uLo - 1;
    if (kA > 0 && kU > 0) return null;
    for (let k = 0; k <= kA; k++) tableMap[aLo + k] = w + k;
    for (let k = 0; k <= kU; k++) planMap[uLo + k] = w + k;
    w += Math.max(kA, kU) + 1;
  }
  for (let k = 0; k <= rightT; k++) tableMap[lastMap.at(-1)! + k] = w + k;
  for (let k = 0; k <= rightU; k++) planMap[plan.prev.at(-1)! + k] = w + k;
  return { nCols: w + Math.max(rightT, rightU), table: tableMap, next: plan.next.map((b) => planMap[b]!) };
}

/**
 * A cell merged down an edge column that the piece joined below leaves open (no rulings, no cells
 * there) goes on beside the piece's rows: as a reader reads a form's label column over the page.
 */
function continueMerged(t: Table, c: number): void {
  const at = (r: number) => t.cells[r * t.nCols + c]!;
  for (let r = 1; r < t.nRows; r++) {
    if (at(r).kind !== 'missing') continue;
    const above = at(r - 1);
    const [or, oc] = above.kind === 'spanned' ? above.origin : above.kind === 'cell' ? [above.row, above.col] : [-1, -1];
    const origin = or >= 0 ? t.cells[or * t.nCols + oc] : undefined;
    if (origin?.kind !== 'cell' || origin.rowSpan < 2 || origin.colSpan !== 1 || origin.row + origin.rowSpan !== r) continue;
    origin.rowSpan++;
    t.cells[r * t.nCols + c] = { kind: 'spanned', row: r, col: c, origin: [or, oc] };
  }
}

const isIdentity = (m: readonly number[], n: number): boolean => m.length === n + 1 && m.every((v, i) => v === i);

/** Where the rows and columns of a joined piece went: for the tables nested in it. */
export interface Moved {
  to: Table;
  rowOffset: number;
  colMap: number[];
}

/**
 * Joins every table piece to the table it continues (see `continues`), in reading order: the
 * piece's repeated header rows are dropped, its cells keep their own provenance; the lines between
 * the pieces (the repeated title, number, 部门 and unit lines, a 续表 mark) become page furniture.
 * Returns the tables, the pieces joined (with where their cells went), and the first pieces of
 * tables made of several, with what they became.
 */
export function joinContinued(
  range: BlockRange,
  top: readonly Table[],
  cont: Continuation,
  continued: ReadonlySet<Table>,
): { tables: Table[]; moved: Map<Table, Moved>; assembled: Map<Table, { table: Table; parts: number; outsideRuns: number }> } {
  const out: Table[] = [];
  const moved = new Map<Table, Moved>();
  const opens: Open[] = [];
  let open: Open | null = null;
  for (const next of top) {
    if (open) {
      const between = range.between(open.last.order, next.order);
      const plan = continues(open, next, between, cont, continued.has(next));
      const grid = plan ? compose(open.lastMap, open.table.nCols, plan) : null;
      if (grid) {
        if (open.parts === 1) {
          // The first piece stays as the parser made it; the table is a copy that grows.
          open.table = { ...open.table, pages: [...open.table.pages], cells: open.table.cells.map((c) => ({ ...c })) };
          out[out.length - 1] = open.table;
        }
        const t = open.table;
        if (!isIdentity(grid.table, t.nCols)) Object.assign(t, regrid(t, grid.table, grid.nCols));
        const piece = isIdentity(grid.next, next.nCols) ? next : { ...next, ...regrid(next, grid.next, grid.nCols) };
        const before = t.nRows;
        const skipped = appendRows(t, piece);
        for (let c = 0; c < t.nCols; c++) if (c < grid.next[0]! || c >= grid.next.at(-1)!) continueMerged(t, c);
        moved.set(next, { to: t, rowOffset: before - skipped, colMap: grid.next });
        for (const p of next.pages) if (!t.pages.includes(p)) t.pages.push(p);
        open.parts++;
        open.outsideRuns += next.report.outsideRuns ?? 0;
        open.last = next;
        open.lastMap = grid.next;
        for (const b of between) b.role = 'furniture';
        continue;
      }
    }
    open = { table: next, first: next, last: next, lastMap: identity(next.nCols), parts: 1, outsideRuns: next.report.outsideRuns ?? 0 };
    opens.push(open);
    out.push(next);
  }
  const assembled = new Map<Table, { table: Table; parts: number; outsideRuns: number }>();
  for (const o of opens) if (o.parts > 1) assembled.set(o.first, { table: o.table, parts: o.parts, outsideRuns: o.outsideRuns });
  return { tables: out, moved, assembled };
}
