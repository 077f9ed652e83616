import type { Block, Table } from '../../model/index.js';
import { dropLeadingRows } from './grid-ops.js';
import { inferHeaderRows } from './header-rows.js';
import type { BlockRange } from './reading-order.js';
import { type StripFacts, type StripPiece, stripFacts, stripPieces } from './strip.js';

/** Most rows a title strip has: a title row, a 部门/year/number/unit row, a 续表 row. */
const MAX_STRIP_ROWS = 3;

/** What may stand between a strip table and its table: page furniture, and more of the strip. */
const stripNoise = (b: Block): boolean => b.role === 'furniture' || stripPieces(b.text) !== null;

/** The pieces of the cells that start in row r; null when one of them is not a strip piece. */
function rowPieces(t: Table, r: number): StripPiece[] | null {
  const out: StripPiece[] = [];
  for (let c = 0; c < t.nCols; c++) {
    const g = t.cells[r * t.nCols + c];
    if (g?.kind !== 'cell' || g.raw.trim() === '') continue;
    const p = stripPieces(g.raw);
    if (!p) return null;
    out.push(...p);
  }
  return out;
}

/** The facts of a small table made only of strip text (`部门：… | 2020年度 | 公开01表 金额单位：元`). */
function stripTableFacts(t: Table): StripFacts | null {
  if (t.nRows > MAX_STRIP_ROWS) return null;
  const pieces: StripPiece[] = [];
  for (let r = 0; r < t.nRows; r++) {
    const p = rowPieces(t, r);
    if (!p) return null;
    pieces.push(...p);
  }
  return pieces.length ? stripFacts(pieces) : null;
}

/** The leading rows of a table's grid that are its strip (a title row, a unit row), with their facts. */
function leadingStrip(t: Table): { rows: number; facts: StripFacts } | null {
  const pieces: StripPiece[] = [];
  let best: { rows: number; facts: StripFacts } | null = null;
  for (let r = 0; r < Math.min(MAX_STRIP_ROWS, t.nRows - 1); r++) {
    const p = rowPieces(t, r);
    if (!p || p.length === 0) break;
    pieces.push(...p);
    const facts = stripFacts(pieces);
    if (!facts) break;
    best = { rows: r + 1, facts };
  }
  // A row of strip text after the strip that names a second title or number: a list of tables (目录).
  const after = best ? rowPieces(t, best.rows) : null;
  return after && after.length ? null : best;
}

/** Gives a table what its strip says, keeping what it has (a strip nearer to it was read first). */
function applyFacts(t: Table, f: StripFacts): void {
  if (f.title !== undefined && t.title === null) {
    t.title = f.title;
    t.titleBlock = null;
  }
  if (f.unit !== undefined && t.unitNote === null) {
    t.unitNote = f.unit;
    t.unitBlock = null;
    t.unitSource = 'strip';
  }
  if (f.number !== undefined) t.number ??= f.number;
  if (f.department !== undefined) t.department ??= f.department;
  if (f.year !== undefined) t.year ??= f.year;
}

/**
 * Folds title strips into their tables: a small table made only of strip text, followed by a table
 * with nothing but furniture and more strip lines between, is that table's strip and is dropped;
 * the leading rows of a table that are its strip leave the grid. The table takes the strip's title,
 * unit note, number, 部门 and year. Returns the top-level tables left, and those a strip marks as a
 * 续表.
 */
export function foldStrips(range: BlockRange, top: readonly Table[], hasNested: ReadonlySet<string>): { tables: Table[]; continued: Set<Table> } {
  const out: Table[] = [];
  const continued = new Set<Table>();
  let pending: StripFacts = {};
  for (let i = 0; i < top.length; i++) {
    const t = top[i]!;
    const next = top[i + 1];
    const facts = hasNested.has(t.id) ? null : stripTableFacts(t);
    if (facts && next && range.between(t.order, next.order).every(stripNoise)) {
      // The nearer strip (printed later) says what the table is.
      pending = { ...pending, ...facts };
      continue;
    }
    let own: StripFacts = {};
    const lead = facts ? null : leadingStrip(t);
    const rest = lead ? dropLeadingRows(t, lead.rows) : null;
    if (lead && rest) {
      own = lead.facts;
      t.cells = rest.cells;
      t.nRows = rest.nRows;
      const header = t.headerRows;
      t.headerRows = Math.max(0, header - lead.rows);
      // A header of nothing but the strip (seed 001's 自评表 marks only its title row as <thead>): read again.
      if (header > 0 && t.headerRows === 0) {
        t.headerRows = inferHeaderRows(t);
        for (const g of t.cells) if (g.kind === 'cell') g.header = g.row < t.headerRows;
        t.report = { ...t.report, headerSource: t.headerRows > 0 ? 'inferred' : 'none' };
      }
    }
    const all = { ...pending, ...own };
    applyFacts(t, all);
    if (all.continued) continued.add(t);
    pending = {};
    out.push(t);
  }
  return { tables: out, continued };
}
