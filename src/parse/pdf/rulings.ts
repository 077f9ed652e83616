/**
 * Ruling lines of a PDF page: the axis-aligned strokes and thin filled rectangles that draw table
 * borders, read from pdfjs's operator list, for the lattice table builder.
 *
 * How the producers in fixtures/ draw borders (checked on every page of every file):
 * - ONLYOFFICE 8 (real/上海市普陀区财政局2024年度部门决算.pdf): one stroked `m l S` per cell edge,
 *   black, 0.75pt, no CTM; shared edges are drawn once per cell. The per-cell clip rectangles
 *   (`W n`) around the text are not rulings.
 * - WPS 文字 (real/24年普陀区财政局（测试问题版本）.pdf, real/附件2：部门决算模板.pdf): one stroked
 *   `m l S` per whole row or column line, black, 0.72pt (0.48–0.96pt in the template), under a
 *   `1 0 0 -1 0 H cm` y-flip.
 * - WPS 表格 (real/dept_budget.pdf, real/unit_budget.pdf, real/上海市普陀区财政局部门25年预算.pdf):
 *   no strokes at all: every line is an eoFilled rectangle 0.6–0.96pt thin, black, under the same
 *   y-flip. Larger eoFilled rectangles exist but are all white cell backgrounds.
 * - Excel 2007 (real/上海市财政局25年预算.pdf): every line twice, a 0.14pt hairline stroke and a
 *   0.96pt eoFilled rectangle whose centre is 0.42pt off the stroke; mergeSegments snaps the pair.
 *   Its only larger fills are white too.
 * - LibreOffice 7.4 (seeds/*.pdf): stroked `m l S` per row or column line, grey #808080, 0.75pt
 *   for the outer frame and 0.25pt inside.
 * So no file draws a border as the edge of a large filled rectangle (cell shading), and those are
 * not turned into rulings: if they were, every white cell background would become four lines.
 *
 * The paths come from the page's one walk of its operator list (./op-walk.ts), which keeps the
 * graphics state: CTM, line width, colours, alpha, clip box, soft masks and annotations.
 */

import type { Subpath } from './draw-path.js';
import { isInk } from './colour.js';
import { apply, type Box, isNum, type Matrix, type PageViewportLike, type Point } from './matrix.js';
import { boxOf, type Colour, type PathEvent, walkOps } from './op-walk.js';

export type { PageViewportLike } from './matrix.js';

/** An axis-aligned ruling segment. PDF points, origin at the page's top-left, y grows downwards (as viewport.convertToViewportPoint gives at scale 1). */
export interface Segment {
  dir: 'h' | 'v';
  /** for 'h': y of the line; for 'v': x of the line */
  at: number;
  /** extent along the line: for 'h' x-range, for 'v' y-range; from <= to */
  from: number;
  to: number;
  /** line thickness in points (0: a hairline, one device pixel wide) */
  width: number;
}

/** A stroke counts as horizontal/vertical if its ends differ by at most this across the line. */
const SLOPE_TOL = 0.5;
/** A filled rectangle at most this thick is a ruling (WPS 表格 0.6–0.96pt, Excel 0.96pt). */
const THIN_FILL = 2.5;
/** How far an edge of a filled path may stray from its bounding box and still be a rectangle's. */
const RECT_TOL = 0.1;
/** Alpha at or below this paints nothing visible. */
const INVISIBLE_ALPHA = 0.05;
/** Shorter segments are degenerate (a zero-length `m l`, a dot). */
const MIN_LENGTH = 0.01;

/** Clips a segment to the clip box; a line just outside it (half its width plus 0.5pt) still shows. */
function clipSegment(s: Segment, clip: Box | null): Segment | undefined {
  if (!clip) return s;
  const [lo, hi, along0, along1] = s.dir === 'h' ? [clip.y0, clip.y1, clip.x0, clip.x1] : [clip.x0, clip.x1, clip.y0, clip.y1];
  const slack = s.width / 2 + 0.5;
  if (s.at < lo - slack || s.at > hi + slack) return undefined;
  const from = Math.max(s.from, along0);
  const to = Math.min(s.to, along1);
  return to - from >= MIN_LENGTH ? { ...s, from, to } : undefined;
}

/** A stroked straight edge (viewport space) as a ruling, if it is axis-aligned and not degenerate. */
function strokeSegment(p: Point, q: Point, width: number): Segment | undefined {
  const dx = Math.abs(q.x - p.x);
  const dy = Math.abs(q.y - p.y);
  if (dx >= dy) {
    if (dy > SLOPE_TOL || dx < MIN_LENGTH) return undefined;
    return { dir: 'h', at: (p.y + q.y) / 2, from: Math.min(p.x, q.x), to: Math.max(p.x, q.x), width };
  }
  if (dx > SLOPE_TOL || dy < MIN_LENGTH) return undefined;
  return { dir: 'v', at: (p.x + q.x) / 2, from: Math.min(p.y, q.y), to: Math.max(p.y, q.y), width };
}

/**
 * A filled subpath (viewport space) as a ruling: only a rectangle — every edge, the implicit closing
 * one included, on its bounding box — thin in one direction and longer than it is thick.
 */
const near = (v: number, w: number): boolean => Math.abs(v - w) <= RECT_TOL;

function fillSegment(sp: Subpath, m: Matrix): Segment | undefined {
  if (sp.curved || sp.points.length < 2) return undefined;
  const pts = sp.points.map((p) => apply(m, p.x, p.y));
  const edges = sp.edges.map(([a, b]) => [apply(m, a.x, a.y), apply(m, b.x, b.y)] as const);
  const last = pts[pts.length - 1];
  const first = pts[0];
  if (last && first) edges.push([last, first]);
  const b = boxOf(pts);
  const onBox = edges.every(([p, q]) => (near(p.y, q.y) && (near(p.y, b.y0) || near(p.y, b.y1))) || (near(p.x, q.x) && (near(p.x, b.x0) || near(p.x, b.x1))));
  if (!onBox) return undefined;
  const w = b.x1 - b.x0;
  const h = b.y1 - b.y0;
  if (h <= THIN_FILL && w > h && w >= MIN_LENGTH) return { dir: 'h', at: (b.y0 + b.y1) / 2, from: b.x0, to: b.x1, width: h };
  if (w <= THIN_FILL && h > w && h >= MIN_LENGTH) return { dir: 'v', at: (b.x0 + b.x1) / 2, from: b.y0, to: b.y1, width: w };
  return undefined;
}

/** Adds a segment, clipped to the clip box it was painted in, when some of it shows. */
function emit(out: Segment[], s: Segment | undefined, clip: Box | null): void {
  const c = s && clipSegment(s, clip);
  if (c) out.push(c);
}

/** Rulings from a page's painted paths (walkOps' `paths`): visible, inked strokes and thin filled rectangles. */
export function rulingsFrom(paths: readonly PathEvent[]): Segment[] {
  const out: Segment[] = [];
  const inks = new Map<Colour, boolean>();
  const ink = (c: Colour): boolean => {
    if (!c) return false;
    let v = inks.get(c);
    if (v === undefined) inks.set(c, (v = isInk(c.args, c.space)));
    return v;
  };
  for (const p of paths) {
    const m = p.toPage;
    const det = Math.abs(m[0] * m[3] - m[1] * m[2]);
    if (p.hidden || !(det > 0)) continue;
    if (p.stroke && ink(p.strokeColour) && p.strokeAlpha > INVISIBLE_ALPHA) {
      for (const sp of p.subpaths) {
        for (const [a, b] of sp.edges) {
          const q0 = apply(m, a.x, a.y);
          const q1 = apply(m, b.x, b.y);
          const userLen = Math.hypot(b.x - a.x, b.y - a.y);
          const viewLen = Math.hypot(q1.x - q0.x, q1.y - q0.y);
          // The stroke's thickness across the line as the matrix maps it (exact for any affine map).
          const width = viewLen > 0 ? (p.lineWidth * det * userLen) / viewLen : 0;
          emit(out, strokeSegment(q0, q1, width), p.clip);
        }
      }
    }
    if (p.fill && ink(p.fillColour) && p.fillAlpha > INVISIBLE_ALPHA) {
      for (const sp of p.subpaths) emit(out, fillSegment(sp, m), p.clip);
    }
  }
  return out;
}

/** Rulings of one page, from its operator list (call page.getOperatorList() once, pass it in). */
export function pageRulings(opList: { fnArray: number[]; argsArray: unknown[] }, viewport: PageViewportLike, OPS: Record<string, number>): Segment[] {
  return rulingsFrom(walkOps(opList, OPS, { viewport }).paths);
}

/**
 * Merges collinear segments that overlap or nearly touch (gap <= tol), and snaps positions within
 * tol: positions within tol of a neighbour form one line (single linkage), placed at their
 * ink-weighted mean, so a border drawn twice (Excel's stroke plus fill, ONLYOFFICE's per-cell
 * edges) becomes one. A merged segment is as thick as its thickest part. Output: 'h' then 'v',
 * each by position, then start. The default 1pt is above Excel's 0.42pt stroke/fill offset and
 * below the distance between any two distinct rules in the fixtures (no double borders there;
 * a double border whose lines are closer than tol would become one line).
 */
export function mergeSegments(segs: Segment[], tol = 1): Segment[] {
  const t = isNum(tol) && tol >= 0 ? tol : 1;
  const valid = (Array.isArray(segs) ? segs : []).filter(
    (s): s is Segment => !!s && (s.dir === 'h' || s.dir === 'v') && isNum(s.at) && isNum(s.from) && isNum(s.to) && isNum(s.width),
  );
  const out: Segment[] = [];
  for (const dir of ['h', 'v'] as const) {
    const line = valid
      .filter((s) => s.dir === dir)
      .map((s) => ({ ...s, from: Math.min(s.from, s.to), to: Math.max(s.from, s.to), width: Math.abs(s.width) }))
      .sort((a, b) => a.at - b.at);
    let cluster: Segment[] = [];
    const flush = (): void => {
      if (cluster.length === 0) return;
      let wsum = 0;
      let asum = 0;
      for (const s of cluster) {
        // Weighted by ink (length × thickness): Excel's 0.96pt fill, not its 0.14pt hairline
        // beside it, is where the line is seen.
        const w = Math.max(s.to - s.from, MIN_LENGTH) * Math.max(s.width, 0.1);
        wsum += w;
        asum += w * s.at;
      }
      const at = asum / wsum;
      const runs = cluster.sort((a, b) => a.from - b.from || a.to - b.to);
      let cur: Segment | undefined;
      for (const s of runs) {
        if (cur && s.from <= cur.to + t) {
          cur.to = Math.max(cur.to, s.to);
          cur.width = Math.max(cur.width, s.width);
        } else {
          if (cur) out.push(cur);
          cur = { dir, at, from: s.from, to: s.to, width: s.width };
        }
      }
      if (cur) out.push(cur);
      cluster = [];
    };
    for (const s of line) {
      const prev = cluster[cluster.length - 1];
      if (prev && s.at - prev.at > t) flush();
      cluster.push(s);
    }
    flush();
  }
  return out;
}
