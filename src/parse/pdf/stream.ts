import type { BBox, GridCell } from '../../model/index.js';
import type { LatticeTable } from './lattice.js';
import { baselineBands, joinRuns } from './lines.js';
import { splitRunAtSpaces, type TextRun } from './text-runs.js';
import { unionBox } from './box.js';
import { FURNITURE } from '../common/roles.js';
import { stripPieces } from '../common/strip.js';
import { assignToRows } from './stream-cells.js';

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
/** A list number in running text (1. 2、 (3) ４．): it starts its sentence, never a code column. */
const ENUMERATION = /^[(（]?\d{1,2}[.．、)）]$/;
/** A code or an amount: a number that may stand in a column of its own beside text. */
const figure = (s: string): boolean => NUMERIC.test(s.trim()) && !ENUMERATION.test(s.trim());
const HAN_START = /^\s*\p{Script=Han}/u;

/**
 * Splits a band into pieces at gaps wider than CELL_GAP ems, and at any visible gap between a number
 * and text: a right-aligned code column next to a left-aligned name column (`208 社会保障和就业支出`)
 * leaves only a narrow gap between them. A list number is no code: `1. 完善系统运维的手段` in a 绩效目标
 * cell (广州's 项目支出预算表) is one piece.
 */
function pieces(band: readonly TextRun[]): Piece[] {
  const out: Piece[] = [];
  let cur: TextRun[] = [];
  const sourceOf = new Map<TextRun, TextRun>();
  const split = band.flatMap((r) => {
    const parts = splitRunAtSpaces(r, (a, b) => figure(a) !== figure(b) || (AMOUNT.test(a) && AMOUNT.test(b)));
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
    // An amount among amounts, with text printed right against it: the text is the next cell's (广州's
    // 项目支出预算表: the last 0.00 touches the 绩效目标 beside it); in running text an amount follows words.
    const glued = prev && cur.length === 1 && AMOUNT.test(prev.text.trim()) && figure(out.at(-1)?.text ?? '') && HAN_START.test(r.text);
    // Two whole amounts side by side are two cells however narrow the white between them (广州's 收入总体情况表:
    // 合计 and 一般公共预算 print 16,410.71 a space apart).
    const twoAmounts = prev && gap > 0.2 * em && AMOUNT.test(prev.text.trim()) && AMOUNT.test(r.text.trim());
    if (prev && (gap > CELL_GAP * em || (gap > 0.2 * em && figure(prev.text) !== figure(r.text)) || glued || twoAmounts)) flushWithSources();
    cur.push(r);
  }
  flushWithSources();
  return out;
}

/** Two x-ranges that overlap by less than this share of the narrower are two columns that touch. */
const TOUCH_SHARE = 1 / 3;

/**
 * Column x-ranges: the pieces' extents merged where they overlap. A piece that only touches a column
 * (by less than TOUCH_SHARE of the narrower) is not in it: the ranges are cut at the middle of the
 * overlap (广州's 项目支出预算表: one 0.00 of 其他资金 whose box runs 5 pt into the 绩效目标 text beside it).
 */
function columns(rows: readonly Piece[][]): [number, number][] {
  const spans = rows
    .flat()
    .map((p) => [p.box.x0, p.box.x1] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const cols: [number, number][] = [];
  for (const [a, b] of spans) {
    const last = cols.at(-1);
    const overlap = last ? Math.min(last[1], b) - a : -1;
    if (!last || overlap < 0) cols.push([a, b]);
    else if (overlap >= TOUCH_SHARE * Math.min(last[1] - last[0], b - a)) last[1] = Math.max(last[1], b);
    else {
      // Only touching: the piece runs past the column (a piece inside it overlaps by its whole width).
      const cut = (a + last[1]) / 2;
      last[1] = cut;
      cols.push([cut, b]);
    }
  }
  return cols;
}

/** A line of a cell's text wrapped above or below its row sits closer to the row than this many ems; rows are further apart. */
const WRAP_GAP = 0.9;

interface Band {
  pieces: Piece[];
  baseline: number;
  size: number;
  /**
   * Two of its own pieces (wrapped lines aside) stand a cell's gap apart. A line of running text cut
   * only where a number meets a word (`2021 年支出 1387.53 万元, 其中基本支出 1333.74 万元`) has none.
   */
  spaced: boolean;
}

function spaced(ps: readonly Piece[], size: number): boolean {
  const xs = [...ps].sort((a, b) => a.box.x0 - b.box.x0);
  return xs.some((p, i) => i > 0 && p.box.x0 - xs[i - 1]!.box.x1 > CELL_GAP * size);
}

/**
 * Bands with the lines of a wrapped cell folded into their row: a band of text pieces only (no number,
 * each short enough for a cell) within WRAP_GAP ems of a row's baseline is that row's (广州's 科目名称
 * "政府办公厅（室）及相关机构事 / 务" printed above and below the row's code and amounts, vertically
 * centred). Without this, each such row cuts the table in two.
 */
function foldWrapped(raw: readonly TextRun[][]): Band[] {
  const bands: (Band | null)[] = raw.map((b) => {
    const ps = pieces(b);
    const size = Math.max(...b.map((r) => r.size));
    return { pieces: ps, baseline: b[0]!.baseline, size, spaced: spaced(ps, size) };
  });
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
      while (
        j >= 0 &&
        j < bands.length &&
        !row(bands[j]) &&
        textOnly(bands[j]!) &&
        Math.abs(bands[j]!.baseline - b.baseline) <= WRAP_GAP * b.size * Math.abs(j - i)
      )
        j += step;
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

/** Loose lines this close (white between them, in ems) are lines of one cell's text. */
const LOOSE_GAP = 1;

/** The start of a note under a table (注：, 说明：, 备注：): it ends the table. */
const NOTE = /^[\s\u3000]*(?:注|说明|备注|附注)\s*[:：\d１-９]/;

/** A run of rows with the loose lines printed between and under them. */
interface Group {
  rows: Band[];
  loose: Band[];
}

const top = (b: Band): number => Math.min(...b.pieces.map((p) => p.box.y0));
const bottom = (b: Band): number => Math.max(...b.pieces.map((p) => p.box.y1));
const hasAmount = (ps: readonly Piece[]): boolean => ps.some((p) => AMOUNT.test(p.text.trim()));
const overlaps = (p: Piece, [a, b]: readonly [number, number]): boolean => p.box.x0 < b && p.box.x1 > a;

/**
 * The runs of rows of a page, each with its loose lines. Rows are near when the white between them
 * (top of one to the bottom of the other, wrapped lines included) is at most MAX_ROW_GAP − 1 ems: for
 * rows of one line, baselines MAX_ROW_GAP ems apart. Between two rows there may be lines of a cell's
 * text that are no row themselves (one piece, no amount), as close to each other as the lines of one
 * cell, in the table's size, no note or title: the rows after them go on with the table when they
 * print in its columns (广州's 部门预算项目支出及其他支出预算表: a 绩效目标 of ten lines beside each
 * project; a 单位 name over three lines). Such lines under the last row are its own when they are
 * right of the first column or inside it (a note or a paragraph under a table starts at its left
 * edge and runs past its first column, or says 注：).
 */
function groups(bands: readonly Band[]): Group[] {
  const short = (p: Piece): boolean => [...p.text].length <= MAX_CELL_CHARS;
  const isRow = (b: Band): boolean => b.pieces.length >= 2 && b.spaced && b.pieces.every(short);
  const near = (a: Band, b: Band, ems: number): boolean => top(b) - bottom(a) <= ems * Math.max(a.size, b.size);
  const isLoose = (b: Band, g: Group): boolean => {
    const text = b.pieces.map((p) => p.text).join(' ');
    const size = g.rows.at(-1)!.size;
    return (
      !isRow(b) &&
      b.pieces.every(short) &&
      !hasAmount(b.pieces) &&
      Math.abs(b.size - size) <= 0.15 * size &&
      !NOTE.test(text) &&
      !FURNITURE.test(text) &&
      stripPieces(text) === null
    );
  };
  // A row goes on with the group when its amounts (else all its pieces) print in the group's columns.
  const aligned = (g: Group, b: Band): boolean => {
    const spans = columns([...g.rows, ...g.loose].map((r) => r.pieces));
    const amounts = b.pieces.filter((p) => AMOUNT.test(p.text.trim()));
    return (amounts.length ? amounts : b.pieces).every((p) => spans.some((s) => overlaps(p, s)));
  };
  const out: Group[] = [];
  let i = 0;
  while (i < bands.length) {
    if (!isRow(bands[i]!)) {
      i++;
      continue;
    }
    const g: Group = { rows: [bands[i]!], loose: [] };
    let j = i + 1;
    for (;;) {
      if (j < bands.length && isRow(bands[j]!) && near(bands[j - 1]!, bands[j]!, MAX_ROW_GAP - 1)) {
        g.rows.push(bands[j++]!);
        continue;
      }
      let k = j;
      while (k < bands.length && isLoose(bands[k]!, g) && near(bands[k - 1]!, bands[k]!, LOOSE_GAP)) k++;
      const next = bands[k];
      if (k > j && next && isRow(next) && near(bands[k - 1]!, next, LOOSE_GAP) && aligned(g, next)) {
        g.loose.push(...bands.slice(j, k));
        g.rows.push(next);
        j = k + 1;
        continue;
      }
      const first = columns(g.rows.map((r) => r.pieces))[0];
      const tol = g.rows.at(-1)!.size;
      const inCell = (p: Piece): boolean => !!first && (p.box.x0 > first[1] || (p.box.x0 >= first[0] - tol && p.box.x1 <= first[1] + tol));
      for (const b of bands.slice(j, k)) {
        if (!b.pieces.every(inCell)) break;
        g.loose.push(b);
        j++;
      }
      break;
    }
    out.push(g);
    i = j;
  }
  return out;
}

/** Unruled tables of a page (from the runs no ruled table took). */
export function streamTables(runs: readonly TextRun[], page: number): LatticeTable[] {
  const tables: LatticeTable[] = [];
  for (const g of groups(foldWrapped(baselineBands(runs)))) {
    const t = tableOf(g, page);
    if (t) tables.push(t);
  }
  return tables;
}

/**
 * A header band: a row before the first row of amounts that prints no amount, in MIN_COLS pieces or
 * more, with every amount of the table under one of its labels. Under such a band one row of amounts
 * is a table (广州's 政府性基金预算支出情况表: its header and a 合计 of 0.00, 本表本年无发生额).
 */
function headerBand(rows: readonly Piece[][]): boolean {
  const firstAmounts = rows.findIndex(hasAmount);
  const amountCols = columns(rows.map((r) => r.filter((p) => AMOUNT.test(p.text.trim()))));
  const mid = (a: number, b: number): number => (a + b) / 2;
  // Each column of amounts under a label of its own: the label nearest to it, another for each.
  const under = (labels: readonly Piece[]): boolean => {
    const taken = amountCols.map(([a, b]) => {
      const d = labels.map((h) => Math.abs(mid(h.box.x0, h.box.x1) - mid(a, b)));
      return d.indexOf(Math.min(...d));
    });
    return new Set(taken).size === taken.length;
  };
  return rows.slice(0, Math.max(0, firstAmounts)).some((r) => r.length >= MIN_COLS && !hasAmount(r) && under(r));
}

function tableOf(g: Group, page: number): LatticeTable | null {
  const rows = g.rows.map((b) => b.pieces);
  const withAmounts = rows.filter(hasAmount).length;
  // A list of names each with its amount at the end, on most of MIN_LIST_ROWS rows or more, is a
  // table of two columns (广州's 经济分类 tables: "[30101]基本工资 … 1,525.99").
  const listed = rows.filter((r) => r.length === 2 && AMOUNT.test(r[1]!.text.trim()) && !NUMERIC.test(r[0]!.text.trim())).length;
  const minCols = listed >= MIN_LIST_ROWS && listed >= 0.6 * rows.length ? 2 : MIN_COLS;
  const wide = rows.filter((r) => r.length >= minCols).length;
  const header = withAmounts >= 1 && headerBand(rows);
  // Most rows, or at least MIN_ROWS of them, break into minCols pieces: a two-sided 总表 whose 收入
  // side ends early prints two pieces (支出 name, amount) on most of its rows (广州's 收支总体情况表).
  if (rows.length < (header ? 2 : MIN_ROWS) || withAmounts < (header ? 1 : 2) || wide < Math.min(rows.length / 2, MIN_ROWS)) return null;
  // Columns come from the rows that print amounts, and the loose lines of cells: a header label
  // centred over a narrow code column is wider than it and would run two columns together.
  const loose = g.loose.flatMap((b) => b.pieces);
  let cols = columns([...rows.filter(hasAmount), ...loose.map((p) => [p])]);
  if (cols.length < minCols) return null;
  const folded = foldLoose(rows, loose, cols);
  cols = mergeExclusive(folded, cols);
  return build(folded, cols, page);
}

/** The rows with each loose line in the row whose cell it belongs to (assignToRows), column by column. */
function foldLoose(rows: readonly Piece[][], loose: readonly Piece[], cols: readonly [number, number][]): Piece[][] {
  if (loose.length === 0) return rows.map((r) => [...r]);
  const centre = (ps: readonly Piece[]): number => {
    const a = ps.filter((p) => AMOUNT.test(p.text.trim()));
    const use = a.length ? a : ps;
    return (Math.min(...use.map((p) => p.box.y0)) + Math.max(...use.map((p) => p.box.y1))) / 2;
  };
  const centres = rows.map(centre);
  const colOf = (p: Piece): number => nearestColumn(cols, (p.box.x0 + p.box.x1) / 2);
  const out = rows.map((r) => [...r]);
  cols.forEach((_, c) => {
    const lines = loose.filter((p) => colOf(p) === c);
    if (lines.length === 0) return;
    const anchors = rows.map((r) => r.filter((p) => colOf(p) === c));
    for (const [p, r] of assignToRows(centres, anchors, lines)) out[r]!.push(p);
  });
  for (const r of out) r.sort((x, y) => x.box.y0 - y.box.y0 || x.box.x0 - y.box.x0);
  return out;
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
  // Column boundaries for stitching: the midpoints between columns, and the outer edges.
  const xs = [cols[0]![0], ...cols.slice(1).map(([a], i) => (cols[i]![1] + a) / 2), cols.at(-1)![1]];
  const texts: string[][][] = rows.map(() => cols.map(() => []));
  const cellBoxes: (BBox | undefined)[][] = rows.map(() => cols.map(() => undefined));
  rows.forEach((row, r) => {
    for (const p of row) {
      const cx = (p.box.x0 + p.box.x1) / 2;
      const c = nearestColumn(cols, cx);
      texts[r]![c]!.push(p.text);
      // Two pieces of one row in one column: kept in reading order, separated by a space.
      cellBoxes[r]![c] = cellBoxes[r]![c] ? unionBox(cellBoxes[r]![c]!, p.box) : p.box;
      for (const run of p.runs) used.add(run);
    }
  });
  const spans = groupSpans(rows, cellBoxes);
  rows.forEach((_, r) => {
    for (let c = 0; c < nCols;) {
      // A group label is the origin of its span; its text and box are those of the column it was printed in.
      const span = spans.get(r)?.get(c);
      const [from, c1] = span ? [span.from, span.to] : [c, c];
      cells.push({
        kind: 'cell',
        row: r,
        col: c,
        rowSpan: 1,
        colSpan: c1 - c + 1,
        header: false,
        raw: texts[r]![from]!.join(' '),
        provenance: { kind: 'pdf', page, bbox: cellBoxes[r]![from] ?? { x0: cols[c]![0], y0: boxes[r]!.y0, x1: cols[c1]![1], y1: boxes[r]!.y1 } },
      });
      for (let k = c + 1; k <= c1; k++) cells.push({ kind: 'spanned', row: r, col: k, origin: [r, c] });
      c = c1 + 1;
    }
  });
  return { page, box, nRows, nCols, cells, xs, outsideRuns: 0, used, method: 'stream' };
}

/** A group label's span in its header row: its first column, the column it was printed in, its last column. */
interface GroupSpan {
  from: number;
  to: number;
}

/**
 * Group labels of the header rows (the rows above the first row of amounts), as a reader finds them in a
 * table without rulings: a label printed over several columns is centred over them, has no other label
 * beside it in its row, and each of those columns has a label of its own lower in the header (广州's
 * 收支总体情况表: 收入 over 项目 | 预算, 支出 over the other two; 本年支出总体情况表: 功能分类科目 over
 * 科目编码 | 科目名称). A column's cell reaches to the middle of the white between its text and its
 * neighbours' (the text of the rows below the label's, which no group label crosses). The span taken is
 * the run of such columns whose centre is nearest the label's, and only when it is off by less than a
 * quarter of its width and nearer than the label's own column: a label over its own column (a wrapped
 * 对附属单位补助支 / 出) stays one column wide. Keyed by row, then by the span's first column.
 */
function groupSpans(rows: readonly Piece[][], cellBoxes: readonly (BBox | undefined)[][]): Map<number, Map<number, GroupSpan>> {
  const out = new Map<number, Map<number, GroupSpan>>();
  const firstAmounts = rows.findIndex(hasAmount);
  const nCols = cellBoxes[0]?.length ?? 0;
  for (let r = 0; r < firstAmounts - 1; r++) {
    // The middle of the header from this row down (a strip above it, 单位名称 … 单位：万元, is no part of it).
    const header = cellBoxes.slice(r, firstAmounts).flatMap((row) => row.filter((b) => b !== undefined));
    const middle = (Math.min(...header.map((b) => b.y0)) + Math.max(...header.map((b) => b.y1))) / 2;
    const filled = cellBoxes[r]!.map((b) => b !== undefined);
    // Columns with a label lower in the header that is not the header's whole height (a label centred
    // on the header's middle stands for all its rows: 本年支出总体情况表's 合计, 事业单位经营支出).
    const labelledBelow = filled.map((_, c) => {
      const bs = cellBoxes.slice(r + 1, firstAmounts).flatMap((row) => (row[c] ? [row[c]] : []));
      return bs.length > 0 && !(Math.min(...bs.map((b) => b.y0)) < middle && Math.max(...bs.map((b) => b.y1)) > middle);
    });
    // Each column's text below this row: its left and right ends; then the cells' edges between them.
    const ends = Array.from({ length: nCols }, (_, c) => {
      const bs = cellBoxes.slice(r + 1).flatMap((row) => (row[c] ? [row[c]] : []));
      return bs.length ? [Math.min(...bs.map((b) => b.x0)), Math.max(...bs.map((b) => b.x1))] : null;
    });
    if (ends.some((e) => e === null)) continue;
    const edge = (k: number): number => (k === 0 ? ends[0]![0]! : k === nCols ? ends[nCols - 1]![1]! : (ends[k - 1]![1]! + ends[k]![0]!) / 2);
    const centre = (a: number, z: number): number => (edge(a) + edge(z + 1)) / 2;
    const taken = [...filled];
    const row = new Map<number, GroupSpan>();
    filled.forEach((isLabel, c) => {
      if (!isLabel || !labelledBelow[c]) return;
      const b = cellBoxes[r]![c]!;
      const mid = (b.x0 + b.x1) / 2;
      let lo = c;
      while (lo > 0 && !taken[lo - 1] && labelledBelow[lo - 1]) lo--;
      let hi = c;
      while (hi + 1 < nCols && !taken[hi + 1] && labelledBelow[hi + 1]) hi++;
      let best: [number, number] = [c, c];
      let bestOff = Math.abs(centre(c, c) - mid);
      for (let a = lo; a <= c; a++) {
        for (let z = Math.max(c, a + 1); z <= hi; z++) {
          const off = Math.abs(centre(a, z) - mid);
          if (off < bestOff && off < (edge(z + 1) - edge(a)) / 4) [best, bestOff] = [[a, z], off];
        }
      }
      const [a, z] = best;
      if (a === z) return;
      // Two labels never claim one column: a span reaches no further than the columns left free beside it.
      row.set(a, { from: c, to: z });
      for (let k = a; k <= z; k++) taken[k] = true;
    });
    if (row.size) out.set(r, row);
  }
  return out;
}
