import type { BBox, GridCell, OriginCell } from '../../model/index.js';
import type { Segment } from './rulings.js';
import { groupLines } from './lines.js';
import { splitRunAt, type TextRun } from './text-runs.js';

/** Positions closer than this (points) are one ruling: double borders, anti-aliasing offsets. */
const SNAP = 2;
/** Share of a cell boundary a ruling must cover to separate the two cells. */
const BOUNDARY_COVER = 0.6;

/** A ruled table found on one page, before it becomes a model table. */
export interface LatticeTable {
  page: number;
  box: BBox;
  nRows: number;
  nCols: number;
  /** Every grid position, row-major, as the model stores them. */
  cells: GridCell[];
  /** Column boundaries (x, points), for stitching a table continued on the next page. */
  xs: number[];
  /** Runs that overlap the table's frame but lie outside every cell. */
  outsideRuns: number;
  /** Runs placed in cells (the caller keeps them out of the page's text blocks). */
  used: Set<TextRun>;
  /** How the table was found: from rulings, or from whitespace alone. */
  method: 'lattice' | 'stream';
}

/** Sorted distinct values, merging those within `tol` (their mean stands for them). */
export function snapValues(values: readonly number[], tol = SNAP): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const v of sorted) {
    const g = groups.at(-1);
    if (g && v - g.at(-1)! <= tol) g.push(v);
    else groups.push([v]);
  }
  return groups.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

const crosses = (h: Segment, v: Segment, tol = SNAP): boolean => v.at >= h.from - tol && v.at <= h.to + tol && h.at >= v.from - tol && h.at <= v.to + tol;

/** The first index of a sorted array whose value is at least x (binary search). */
export function lowerBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Connected frames, and the horizontal–vertical pairs examined to find them (the work the page's budget counts). */
export interface Frames {
  frames: Segment[][];
  pairs: number;
}

/**
 * Groups segments into connected frames: a horizontal and a vertical that cross are connected. The
 * horizontals are grouped by position (merged rulings put every piece of one line at one position,
 * in order along it, apart): a vertical is checked only against the lines along its extent, and on
 * each only against the pieces that reach its x (binary search on their starts, back while a piece
 * can still reach it). The pairs examined are about the crossings drawn, not every horizontal times
 * every vertical; past `maxPairs` it stops and returns null. Frames come in the order of their first
 * segment, each in input order.
 */
export function frames(segs: readonly Segment[], maxPairs = Infinity): Frames | null {
  const { find, join } = unionFind(segs.length);
  const byAt = new Map<number, number[]>();
  segs.forEach((s, i) => {
    if (s.dir !== 'h') return;
    const line = byAt.get(s.at);
    if (line) line.push(i);
    else byAt.set(s.at, [i]);
  });
  const lineAt = [...byAt.keys()].sort((a, b) => a - b);
  const lines = lineAt.map((at) => {
    const ids = byAt.get(at)!.sort((a, b) => segs[a]!.from - segs[b]!.from);
    let reach = -Infinity;
    // The furthest any piece up to this one reaches: walking back stops where nothing earlier can reach x.
    const reachTo = ids.map((i) => (reach = Math.max(reach, segs[i]!.to)));
    return { ids, from: ids.map((i) => segs[i]!.from), reachTo };
  });
  let pairs = 0;
  for (let vi = 0; vi < segs.length; vi++) {
    const v = segs[vi]!;
    if (v.dir !== 'v') continue;
    for (let li = lowerBound(lineAt, v.from - SNAP); li < lineAt.length && lineAt[li]! <= v.to + SNAP; li++) {
      const { ids, from, reachTo } = lines[li]!;
      // The last piece that starts early enough to reach x.
      let lo = 0;
      let hi = ids.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (from[mid]! - SNAP <= v.at) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo - 1; k >= 0 && reachTo[k]! + SNAP >= v.at; k--) {
        if (++pairs > maxPairs) return null;
        if (crosses(segs[ids[k]!]!, v)) join(ids[k]!, vi);
      }
    }
  }
  const groups = new Map<number, Segment[]>();
  segs.forEach((s, i) => {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(s);
    else groups.set(root, [s]);
  });
  return { frames: [...groups.values()].filter((g) => g.filter((s) => s.dir === 'h').length >= 2 && g.filter((s) => s.dir === 'v').length >= 2), pairs };
}

/**
 * Where the segments at each grid position (±SNAP) are drawn: the union of their extents, as sorted
 * disjoint intervals, so that a boundary's coverage is read without going through every segment.
 */
function coverageIndex(segs: readonly Segment[], positions: readonly number[]): [number, number][][] {
  const sorted = [...segs].sort((a, b) => a.at - b.at);
  const at = sorted.map((s) => s.at);
  return positions.map((p) => {
    const spans: [number, number][] = [];
    for (let k = lowerBound(at, p - SNAP); k < sorted.length && at[k]! <= p + SNAP; k++) spans.push([sorted[k]!.from, sorted[k]!.to]);
    spans.sort((a, b) => a[0] - b[0]);
    const union: [number, number][] = [];
    for (const [a, b] of spans) {
      const last = union.at(-1);
      if (last && a <= last[1]) last[1] = Math.max(last[1], b);
      else union.push([a, b]);
    }
    return union;
  });
}

/** How much of [from, to] the drawn intervals (sorted, disjoint) cover, 0–1. */
function coverage(union: readonly [number, number][], from: number, to: number): number {
  if (!(to > from)) return 1;
  let covered = 0;
  // The first interval that may reach past `from`: intervals are disjoint and sorted, so their ends are too.
  let lo = 0;
  let hi = union.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (union[mid]![1] <= from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < union.length && union[k]![0] < to; k++) covered += Math.min(to, union[k]![1]) - Math.max(from, union[k]![0]);
  return covered / (to - from);
}

/** The last i with bounds[i] <= v (bounds sorted ascending). */
function lastAtOrBelow(bounds: readonly number[], v: number): number {
  let lo = 0;
  let hi = bounds.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (bounds[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The index i of the band [bounds[i], bounds[i+1]) holding v, or -1 (bounds strictly ascending). */
const indexIn = (bounds: readonly number[], v: number): number => (v >= bounds[0]! && v < bounds.at(-1)! ? lastAtOrBelow(bounds, v) : -1);

/** Union–find over 0…n−1, without recursion (a wide merged row chains thousands of positions). */
export function unionFind(n: number): { find: (i: number) => number; join: (a: number, b: number) => void } {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    while (parent[i] !== r) {
      const next = parent[i]!;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  return { find, join: (a, b) => void (parent[find(a)] = find(b)) };
}

/** The grid a frame draws: its distinct vertical (xs) and horizontal (ys) positions, ys extended to verticals that run past them. */
export function frameGrid(frame: readonly Segment[]): { xs: number[]; ys: number[] } {
  const vs = frame.filter((s) => s.dir === 'v');
  const hs = frame.filter((s) => s.dir === 'h');
  const xs = snapValues(vs.map((s) => s.at));
  const ys = snapValues(hs.map((s) => s.at));
  // Verticals running past the last (or first) horizontal: the frame's edge is unruled, but the text
  // between the verticals is still the table's (a last row printed without its bottom border).
  let vBottom = -Infinity;
  let vTop = Infinity;
  for (const s of vs) {
    vBottom = Math.max(vBottom, s.to);
    vTop = Math.min(vTop, s.from);
  }
  if (ys.length && vBottom > ys.at(-1)! + 3 * SNAP) ys.push(vBottom);
  if (ys.length && vTop < ys[0]! - 3 * SNAP) ys.unshift(vTop);
  return { xs, ys };
}

/**
 * Builds a table from one frame of rulings: the distinct vertical and horizontal positions make the
 * grid; two neighbouring grid cells whose shared boundary is not ruled are one merged cell. Runs are
 * placed by their centre; a run drawn across a column border is split there first.
 */
export function latticeTable(frame: readonly Segment[], runs: readonly TextRun[], page: number, grid = frameGrid(frame)): LatticeTable | null {
  const vs = frame.filter((s) => s.dir === 'v');
  const hs = frame.filter((s) => s.dir === 'h');
  const { xs, ys } = grid;
  if (xs.length < 2 || ys.length < 2) return null;
  const box: BBox = { x0: xs[0]!, y0: ys[0]!, x1: xs.at(-1)!, y1: ys.at(-1)! };
  const nRows = ys.length - 1;
  const nCols = xs.length - 1;

  // Merged cells: union grid positions whose shared boundary has no ruling.
  const { find, join } = unionFind(nRows * nCols);
  const vCover = coverageIndex(vs, xs);
  const hCover = coverageIndex(hs, ys);
  for (let r = 0; r < nRows; r++) {
    for (let c = 0; c < nCols; c++) {
      if (c + 1 < nCols && coverage(vCover[c + 1]!, ys[r]!, ys[r + 1]!) < BOUNDARY_COVER) join(r * nCols + c, r * nCols + c + 1);
      if (r + 1 < nRows && coverage(hCover[r + 1]!, xs[c]!, xs[c + 1]!) < BOUNDARY_COVER) join(r * nCols + c, (r + 1) * nCols + c);
    }
  }
  const regions = new Map<number, { r0: number; c0: number; r1: number; c1: number }>();
  for (let i = 0; i < nRows * nCols; i++) {
    const root = find(i);
    const r = Math.floor(i / nCols);
    const c = i % nCols;
    const g = regions.get(root);
    if (!g) regions.set(root, { r0: r, c0: c, r1: r, c1: c });
    else Object.assign(g, { r0: Math.min(g.r0, r), c0: Math.min(g.c0, c), r1: Math.max(g.r1, r), c1: Math.max(g.c1, c) });
  }

  // Place runs: inside the frame by their centre; a run straddling the frame is counted outside.
  const used = new Set<TextRun>();
  const inCell = new Map<number, TextRun[]>();
  let outsideRuns = 0;
  for (const run of runs) {
    const overlaps = run.box.x1 > box.x0 && run.box.x0 < box.x1 && run.box.y1 > box.y0 && run.box.y0 < box.y1;
    if (!overlaps) continue;
    const cy = (run.box.y0 + run.box.y1) / 2;
    const r = indexIn(ys, cy);
    if (r < 0) {
      outsideRuns++;
      continue;
    }
    used.add(run);
    for (const part of splitRunAt(run, xs)) {
      const c = indexIn(xs, (part.box.x0 + part.box.x1) / 2);
      if (c < 0) {
        outsideRuns++;
        continue;
      }
      const root = find(r * nCols + c);
      const list = inCell.get(root);
      if (list) list.push(part);
      else inCell.set(root, [part]);
    }
  }

  const cells: (GridCell | undefined)[] = new Array(nRows * nCols);
  for (const [root, g] of regions) {
    const cellRuns = inCell.get(root) ?? [];
    const raw = groupLines(cellRuns, Infinity)
      .map((l) => l.text)
      .join('\n');
    const origin: OriginCell = {
      kind: 'cell',
      row: g.r0,
      col: g.c0,
      rowSpan: g.r1 - g.r0 + 1,
      colSpan: g.c1 - g.c0 + 1,
      header: false,
      raw,
      provenance: { kind: 'pdf', page, bbox: { x0: xs[g.c0]!, y0: ys[g.r0]!, x1: xs[g.c1 + 1]!, y1: ys[g.r1 + 1]! } },
    };
    for (let r = g.r0; r <= g.r1; r++) {
      for (let c = g.c0; c <= g.c1; c++) {
        if (cells[r * nCols + c]) continue;
        cells[r * nCols + c] = r === g.r0 && c === g.c0 ? origin : { kind: 'spanned', row: r, col: c, origin: [g.r0, g.c0] };
      }
    }
  }
  const filled: GridCell[] = cells.map((g, i) => g ?? { kind: 'missing', row: Math.floor(i / nCols), col: i % nCols });
  return { page, box, nRows, nCols, cells: filled, xs, outsideRuns, used, method: 'lattice' };
}
