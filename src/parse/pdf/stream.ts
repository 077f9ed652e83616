import type { BBox, GridCell, OriginCell } from '../../model/index.js';
import type { LatticeTable } from './lattice.js';
import { baselineBands, joinRuns } from './lines.js';
import { splitRunAtSpaces, type TextRun } from './text-runs.js';
import { unionBox } from './box.js';

/**
 * The stream builder (camelot's name): tables printed without rulings, aligned by whitespace only.
 * A band of text is a table row when it breaks into several pieces at wide gaps; a run of such rows
 * with amounts in them is a table; its columns are the x-ranges the pieces of all rows project onto.
 */

/** A gap this many ems wide separates two cells of a row (narrative text has none). */
const CELL_GAP = 1.2;
const MIN_ROWS = 3;
const MIN_COLS = 3;
/** A two-column table (a name and its amount) needs this many such rows: a short list in running text is no table. */
const MIN_LIST_ROWS = 5;
/** An amount as tables print it: with decimals or thousands separators (page numbers have neither). */
const AMOUNT = /^[-−(（]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)[)）]?$/;
/** A piece longer than this is running text, not a cell (a 说明 line with numbers in it). */
const MAX_CELL_CHARS = 30;
/** Bands further apart than this many ems are not rows of one table. */
const MAX_ROW_GAP = 2.5;

interface Piece {
  /** The page's runs this piece was cut from (a split run stands for its whole source run). */
  runs: TextRun[];
  text: string;
  box: BBox;
}


const NUMERIC = /^[-−+(（]?[\d,.%]+[)）]?$/;

/**
 * Splits a band into pieces at gaps wider than CELL_GAP ems, and at any visible gap between a number
 * and text: a right-aligned code column next to a left-aligned name column (`208 社会保障和就业支出`)
 * leaves only a narrow gap between them.
 */
function pieces(band: readonly TextRun[]): Piece[] {
  const out: Piece[] = [];
  let cur: TextRun[] = [];
  const sourceOf = new Map<TextRun, TextRun>();
  const split = band.flatMap((r) => {
    const parts = splitRunAtSpaces(r, (a, b) => NUMERIC.test(a) !== NUMERIC.test(b));
    for (const part of parts) sourceOf.set(part, r);
    return parts;
  });
  const flushWithSources = (): void => {
    if (cur.length) out.push({ runs: [...new Set(cur.map((c) => sourceOf.get(c) ?? c))], text: joinRuns(cur), box: cur.map((r) => r.box).reduce(unionBox) });
    cur = [];
  };
  for (const r of split) {
    const prev = cur.at(-1);
    const gap = prev ? r.box.x0 - prev.box.x1 : 0;
    const em = prev ? Math.max(r.size, prev.size) : r.size;
    if (prev && (gap > CELL_GAP * em || (gap > 0.2 * em && NUMERIC.test(prev.text.trim()) !== NUMERIC.test(r.text.trim())))) flushWithSources();
    cur.push(r);
  }
  flushWithSources();
  return out;
}

/** Column x-ranges: the pieces' extents merged where they overlap. */
function columns(rows: readonly Piece[][]): [number, number][] {
  const spans = rows.flat().map((p) => [p.box.x0, p.box.x1] as [number, number]).sort((a, b) => a[0] - b[0]);
  const cols: [number, number][] = [];
  for (const [a, b] of spans) {
    const last = cols.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else cols.push([a, b]);
  }
  return cols;
}

/** A line of a cell's text wrapped above or below its row sits closer to the row than this many ems; rows are further apart. */
const WRAP_GAP = 0.9;

interface Band {
  pieces: Piece[];
  baseline: number;
  size: number;
}

/**
 * Bands with the lines of a wrapped cell folded into their row: a band of text pieces only (no number,
 * each short enough for a cell) within WRAP_GAP ems of a row's baseline is that row's (广州's 科目名称
 * "政府办公厅（室）及相关机构事 / 务" printed above and below the row's code and amounts, vertically
 * centred). Without this, each such row cuts the table in two.
 */
function foldWrapped(raw: readonly TextRun[][]): Band[] {
  const bands: (Band | null)[] = raw.map((b) => ({ pieces: pieces(b), baseline: b[0]!.baseline, size: Math.max(...b.map((r) => r.size)) }));
  const short = (p: Piece): boolean => [...p.text].length <= MAX_CELL_CHARS;
  const row = (b: Band | null | undefined): boolean => !!b && b.pieces.length >= 2 && b.pieces.every(short);
  const textOnly = (b: Band): boolean => b.pieces.length >= 1 && b.pieces.every((p) => short(p) && !NUMERIC.test(p.text.trim()) && !/\d/.test(p.text));
  const wrapped = new Set<number>();
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i]!;
    if (row(b) || !textOnly(b)) continue;
    // The nearest row above or below, across other wrapped lines of the same cell.
    let best: number | null = null;
    for (const step of [-1, 1]) {
      let j = i + step;
      while (j >= 0 && j < bands.length && !row(bands[j]) && textOnly(bands[j]!) && Math.abs(bands[j]!.baseline - b.baseline) <= WRAP_GAP * b.size * Math.abs(j - i)) j += step;
      const r = bands[j];
      if (!r || !row(r) || Math.abs(r.baseline - b.baseline) > WRAP_GAP * Math.max(b.size, r.size) * Math.abs(j - i)) continue;
      if (best === null || Math.abs(r!.baseline - b.baseline) < Math.abs(bands[best]!.baseline - b.baseline)) best = j;
    }
    if (best === null) continue;
    bands[best]!.pieces.push(...b.pieces);
    wrapped.add(i);
  }
  for (const i of wrapped) bands[i] = null;
  const out = bands.filter((b): b is Band => b !== null);
  // A row's pieces in reading order: top to bottom, then left to right.
  for (const b of out) b.pieces.sort((x, y) => x.box.y0 - y.box.y0 || x.box.x0 - y.box.x0);
  return out;
}

/** Unruled tables of a page (from the runs no ruled table took). */
export function streamTables(runs: readonly TextRun[], page: number): LatticeTable[] {
  const folded = foldWrapped(baselineBands(runs));
  const bands = folded.map((b) => b.pieces);
  const isRow = (i: number): boolean => (bands[i]?.length ?? 0) >= 2 && bands[i]!.every((p) => [...p.text].length <= MAX_CELL_CHARS);
  // Rows are near when the white between them (top of one to the bottom of the other, wrapped lines
  // included) is at most MAX_ROW_GAP − 1 ems: for rows of one line, baselines MAX_ROW_GAP ems apart.
  const top = (b: Band): number => Math.min(...b.pieces.map((p) => p.box.y0));
  const bottom = (b: Band): number => Math.max(...b.pieces.map((p) => p.box.y1));
  const near = (i: number): boolean => {
    const a = folded[i]!;
    const b = folded[i + 1]!;
    return top(b) - bottom(a) <= (MAX_ROW_GAP - 1) * Math.max(a.size, b.size);
  };
  const tables: LatticeTable[] = [];
  let start = 0;
  while (start < bands.length) {
    if (!isRow(start)) {
      start++;
      continue;
    }
    let end = start;
    while (end + 1 < bands.length && isRow(end + 1) && near(end)) end++;
    const rows = bands.slice(start, end + 1);
    start = end + 1;
    const withAmounts = rows.filter((r) => r.some((p) => AMOUNT.test(p.text.trim()))).length;
    // A list of names each with its amount at the end, on most of MIN_LIST_ROWS rows or more, is a
    // table of two columns (广州's 经济分类 tables: "[30101]基本工资 … 1,525.99").
    const listed = rows.filter((r) => r.length === 2 && AMOUNT.test(r[1]!.text.trim()) && !NUMERIC.test(r[0]!.text.trim())).length;
    const minCols = listed >= MIN_LIST_ROWS && listed >= 0.6 * rows.length ? 2 : MIN_COLS;
    const wide = rows.filter((r) => r.length >= minCols).length;
    // Most rows, or at least MIN_ROWS of them, break into minCols pieces: a two-sided 总表 whose 收入
    // side ends early prints two pieces (支出 name, amount) on most of its rows (广州's 收支总体情况表).
    if (rows.length < MIN_ROWS || withAmounts < 2 || wide < Math.min(rows.length / 2, MIN_ROWS)) continue;
    // Columns come from the rows that print amounts: a header label centred over a narrow code column
    // is wider than it and would run two columns together.
    const cols = mergeExclusive(rows, columns(rows.filter((r) => r.some((p) => AMOUNT.test(p.text.trim())))));
    if (cols.length < minCols) continue;
    tables.push(build(rows, cols, page));
  }
  return tables;
}

/**
 * Joins neighbouring columns that no row (header rows included) prints text in both of: a left-aligned
 * 合计 beside right-aligned codes is one column, not two. One pass from the left: a piece keeps its
 * nearest column when two others are joined (the join covers the gap between them), so the pairs
 * left of a join stay apart, and the next join can only be at or after it.
 */
function mergeExclusive(rows: readonly Piece[][], cols: [number, number][]): [number, number][] {
  // For each column, the rows that print in it.
  const rowsIn: Set<number>[] = cols.map(() => new Set());
  rows.forEach((row, r) => {
    for (const p of row) rowsIn[nearestColumn(cols, (p.box.x0 + p.box.x1) / 2)]!.add(r);
  });
  let c = 0;
  while (c + 1 < cols.length) {
    const [a, b] = [rowsIn[c]!, rowsIn[c + 1]!];
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    let shared = false;
    for (const r of small) {
      if (large.has(r)) {
        shared = true;
        break;
      }
    }
    if (shared) {
      c++;
      continue;
    }
    for (const r of small) large.add(r);
    cols.splice(c, 2, [cols[c]![0], cols[c + 1]![1]]);
    rowsIn.splice(c, 2, large);
  }
  return cols;
}

/**
 * The column containing x, or else the one whose range is nearest to it (the left one of two as near).
 * Columns are sorted and do not overlap: the answer is the column at x or one of the two around it.
 */
function nearestColumn(cols: readonly [number, number][], x: number): number {
  let lo = 0;
  let hi = cols.length;
  // The first column that ends at or after x.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cols[mid]![1] < x) lo = mid + 1;
    else hi = mid;
  }
  let best = 0;
  let bestDist = Infinity;
  for (let i = Math.max(0, lo - 1); i <= Math.min(cols.length - 1, lo); i++) {
    const [a, b] = cols[i]!;
    const d = x < a ? a - x : x > b ? x - b : 0;
    if (d < bestDist) {
      best = i;
      bestDist = d;
    }
  }
  return best;
}

function build(rows: readonly Piece[][], cols: readonly [number, number][], page: number): LatticeTable {
  const nRows = rows.length;
  const nCols = cols.length;
  const cells: GridCell[] = [];
  const used = new Set<TextRun>();
  const boxes = rows.map((r) => r.map((p) => p.box).reduce(unionBox));
  const box = boxes.reduce(unionBox);
  rows.forEach((row, r) => {
    const texts: string[][] = cols.map(() => []);
    const cellBoxes: (BBox | undefined)[] = cols.map(() => undefined);
    for (const p of row) {
      const cx = (p.box.x0 + p.box.x1) / 2;
      const c = nearestColumn(cols, cx);
      texts[c]!.push(p.text);
      // Two pieces of one row in one column: kept in reading order, separated by a space.
      cellBoxes[c] = cellBoxes[c] ? unionBox(cellBoxes[c]!, p.box) : p.box;
      for (const run of p.runs) used.add(run);
    }
    cols.forEach(([a, b], c) => {
      const cell: OriginCell = {
        kind: 'cell',
        row: r,
        col: c,
        rowSpan: 1,
        colSpan: 1,
        header: false,
        raw: texts[c]!.join(' '),
        provenance: { kind: 'pdf', page, bbox: cellBoxes[c] ?? { x0: a, y0: boxes[r]!.y0, x1: b, y1: boxes[r]!.y1 } },
      };
      cells.push(cell);
    });
  });
  // Column boundaries for stitching: the midpoints between columns, and the outer edges.
  const xs = [cols[0]![0], ...cols.slice(1).map(([a], i) => (cols[i]![1] + a) / 2), cols.at(-1)![1]];
  return { page, box, nRows, nCols, cells, xs, outsideRuns: 0, used, method: 'stream' };
}
