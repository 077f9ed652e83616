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

const crosses = (h: Segment, v: Segment, tol = SNAP): boolean =>
  v.at >= h.from - tol && v.at <= h.to + tol && h.at >= v.from - tol && h.at <= v.to + tol;

/** Groups segments into connected frames: a horizontal and a vertical that cross are connected. */
export function frames(segs: readonly Segment[]): Segment[][] {
  const parent = segs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const hs = segs.map((s, i) => [s, i] as const).filter(([s]) => s.dir === 'h');
  const vs = segs.map((s, i) => [s, i] as const).filter(([s]) => s.dir === 'v');
  for (const [h, hi] of hs) for (const [v, vi] of vs) if (crosses(h, v)) parent[find(hi)] = find(vi);
  const groups = new Map<number, Segment[]>();
  segs.forEach((s, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), s]);
  });
  return [...groups.values()].filter((g) => g.filter((s) => s.dir === 'h').length >= 2 && g.filter((s) => s.dir === 'v').length >= 2);
}

/** How much of [from, to] the segments at position `at` (±SNAP) cover, 0–1. */
function coverage(segs: readonly Segment[], at: number, from: number, to: number): number {
  const spans = segs
    .filter((s) => Math.abs(s.at - at) <= SNAP && s.to > from && s.from < to)
    .map((s) => [Math.max(from, s.from), Math.min(to, s.to)] as const)
    .sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let end = from;
  for (const [a, b] of spans) {
    if (b <= end) continue;
    covered += b - Math.max(a, end);
    end = b;
  }
  return to > from ? covered / (to - from) : 1;
}

const indexIn = (bounds: readonly number[], v: number): number => {
  for (let i = 0; i < bounds.length - 1; i++) if (v >= bounds[i]! && v < bounds[i + 1]!) return i;
  return -1;
};

/**
 * Builds a table from one frame of rulings: the distinct vertical and horizontal positions make the
 * grid; two neighbouring grid cells whose shared boundary is not ruled are one merged cell. Runs are
 * placed by their centre; a run drawn across a column border is split there first.
 */
export function latticeTable(frame: readonly Segment[], runs: readonly TextRun[], page: number): LatticeTable | null {
  const vs = frame.filter((s) => s.dir === 'v');
  const hs = frame.filter((s) => s.dir === 'h');
  const xs = snapValues(vs.map((s) => s.at));
  const ys = snapValues(hs.map((s) => s.at));
  // Verticals running past the last (or first) horizontal: the frame's edge is unruled, but the text
  // between the verticals is still the table's (a last row printed without its bottom border).
  const vBottom = Math.max(...vs.map((s) => s.to));
  const vTop = Math.min(...vs.map((s) => s.from));
  if (ys.length && vBottom > ys.at(-1)! + 3 * SNAP) ys.push(vBottom);
  if (ys.length && vTop < ys[0]! - 3 * SNAP) ys.unshift(vTop);
  if (xs.length < 2 || ys.length < 2) return null;
  const box: BBox = { x0: xs[0]!, y0: ys[0]!, x1: xs.at(-1)!, y1: ys.at(-1)! };
  const nRows = ys.length - 1;
  const nCols = xs.length - 1;

  // Merged cells: union grid positions whose shared boundary has no ruling.
  const parent = Array.from({ length: nRows * nCols }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const join = (a: number, b: number): void => {
    parent[find(a)] = find(b);
  };
  for (let r = 0; r < nRows; r++) {
    for (let c = 0; c < nCols; c++) {
      if (c + 1 < nCols && coverage(vs, xs[c + 1]!, ys[r]!, ys[r + 1]!) < BOUNDARY_COVER) join(r * nCols + c, r * nCols + c + 1);
      if (r + 1 < nRows && coverage(hs, ys[r + 1]!, xs[c]!, xs[c + 1]!) < BOUNDARY_COVER) join(r * nCols + c, (r + 1) * nCols + c);
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
      inCell.set(root, [...(inCell.get(root) ?? []), part]);
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
