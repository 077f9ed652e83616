import type { Block, Diagnostic, Table } from '../../model/index.js';
import { attachCaptions } from './captions.js';
import { type Continuation, joinContinued, type Moved } from './continued.js';
import { gridReport } from './grid-builder.js';
import { inferHeaderRows } from './header-rows.js';
import { BlockRange } from './reading-order.js';
import { foldStrips } from './strip-fold.js';
import { resolveUnits } from './table-unit.js';

export { type ColumnPlan, type Continuation, domContinuation, identityPlan } from './continued.js';

/**
 * Tables whole, in every format: run by each parser once it has built its tables and classified its
 * blocks. A title strip (a strip table, title rows in the grid, lines above) goes to its table as
 * title, number, 部门, year and unit; a table continued on the next page or in a second table is
 * joined into one; the unit comes from the nearest statement of it, and a table that prints amounts
 * with no unit stated anywhere says so. The tables and blocks given are the parser's own and are
 * changed in place (roles of the lines a join drops, strip rows); the tables returned are numbered
 * again in reading order.
 */
export function assembleTables(blocks: Block[], tables: readonly Table[], cont: Continuation): { tables: Table[]; diagnostics: Diagnostic[] } {
  const range = new BlockRange(blocks);
  const hasNested = new Set(tables.flatMap((t) => (t.parent ? [t.parent.table] : [])));
  const top = tables.filter((t) => t.parent === null).sort((a, b) => a.order - b.order);
  const folded = foldStrips(range, top, hasNested);
  attachCaptions(range, folded.tables);
  const { tables: joined, moved, assembled } = joinContinued(range, folded.tables, cont, folded.continued);
  for (const [first, a] of assembled) {
    const t = a.table;
    if (cont.inferredHeaders) {
      t.headerRows = inferHeaderRows(t);
      for (const g of t.cells) if (g.kind === 'cell') g.header = g.row < t.headerRows;
    }
    const headerSource = cont.inferredHeaders ? (t.headerRows > 0 ? 'inferred' : 'none') : first.report.headerSource;
    t.report = { ...gridReport(t, first.report.method, headerSource, first.report.outsideRuns === undefined ? undefined : a.outsideRuns), parts: a.parts };
  }
  // Strip rows left a table's grid: its report counts what is left.
  const alive = new Set(joined);
  for (const t of folded.tables) {
    if (alive.has(t) && t.report.rows !== t.nRows)
      t.report = { ...gridReport(t, t.report.method, t.report.headerSource, t.report.outsideRuns), ...(t.report.parts ? { parts: t.report.parts } : {}) };
  }
  const out = renumber(tables, joined, assembled, moved);
  const diagnostics = resolveUnits(
    range,
    out.filter((t) => t.parent === null),
  );
  return { tables: out, diagnostics };
}

/**
 * The tables left, in the parser's order (a nested table after its parent), numbered again: ids,
 * indexes, parents, and the table index and grid position in each cell's DOM provenance.
 */
function renumber(all: readonly Table[], joined: readonly Table[], assembled: Map<Table, { table: Table }>, moved: Map<Table, Moved>): Table[] {
  const kept = new Set(joined);
  const out: Table[] = [];
  const idOf = new Map<string, Table>();
  for (const t of all) {
    const whole = assembled.get(t)?.table ?? t;
    if (t.parent !== null || kept.has(whole)) {
      out.push(whole);
      idOf.set(t.id, whole);
    }
  }
  const oldParent = new Map(out.map((t) => [t, t.parent] as const));
  out.forEach((t, i) => {
    t.index = i;
    t.id = `t${i}`;
  });
  // A joined piece is in no list any more, and keeps the id it was made with.
  const pieceById = new Map([...moved.keys()].map((p) => [p.id, p] as const));
  for (const t of out) {
    const p = oldParent.get(t);
    if (p) {
      const piece = pieceById.get(p.table);
      const m = piece ? moved.get(piece) : undefined;
      t.parent = m ? { table: m.to.id, row: p.row + m.rowOffset, col: m.colMap[p.col] ?? p.col } : { ...p, table: idOf.get(p.table)?.id ?? p.table };
    }
    if (t.provenance.kind === 'dom' && t.provenance.table !== t.index) t.provenance = { ...t.provenance, table: t.index };
    for (let i = 0; i < t.cells.length; i++) {
      const g = t.cells[i]!;
      if (g.kind !== 'cell' || g.provenance.kind !== 'dom') continue;
      const pr = g.provenance;
      if (pr.table !== t.index || pr.row !== g.row || pr.col !== g.col) t.cells[i] = { ...g, provenance: { ...pr, table: t.index, row: g.row, col: g.col } };
    }
  }
  return out;
}
