import type { Point } from './matrix.js';
import { isNum } from './matrix.js';

/** pdfjs's DrawOPS (src/shared/util.js); pdfjs does not export it. */
export const DRAW_MOVE = 0;
export const DRAW_LINE = 1;
export const DRAW_CURVE = 2;
export const DRAW_QUAD = 3;
export const DRAW_CLOSE = 4;

/** One subpath: its straight edges (curves leave gaps), its vertices, whether it has curves. */
export interface Subpath {
  edges: [Point, Point][];
  points: Point[];
  start: Point;
  curved: boolean;
}

/** The n numbers of buf from i, or undefined when the buffer ends or holds something else. */
function coords(buf: ArrayLike<unknown>, i: number, n: number): number[] | undefined {
  if (i + n > buf.length) return undefined;
  const out: number[] = [];
  for (let k = 0; k < n; k++) {
    const v = buf[i + k];
    if (!isNum(v)) return undefined;
    out.push(v);
  }
  return out;
}

/** Decodes a pdfjs 5 DrawOPS buffer into subpaths in user space; stops at the first malformed entry. */
export function decodePath(buf: ArrayLike<unknown>): Subpath[] {
  const subpaths: Subpath[] = [];
  let cur: Subpath | undefined;
  let at: Point | undefined;
  for (let i = 0; i < buf.length;) {
    const op = buf[i++];
    if (op === DRAW_MOVE || op === DRAW_LINE) {
      const c = coords(buf, i, 2);
      if (!c) break;
      i += 2;
      const p = { x: c[0] ?? 0, y: c[1] ?? 0 };
      if (op === DRAW_MOVE || !cur || !at) {
        // A lineTo with no current point starts a subpath, as canvas does.
        cur = { edges: [], points: [p], start: p, curved: false };
        subpaths.push(cur);
      } else {
        cur.edges.push([at, p]);
        cur.points.push(p);
      }
      at = p;
    } else if (op === DRAW_CURVE || op === DRAW_QUAD) {
      const n = op === DRAW_CURVE ? 6 : 4;
      const c = coords(buf, i, n);
      if (!c) break;
      i += n;
      const p = { x: c[n - 2] ?? 0, y: c[n - 1] ?? 0 };
      // Curves are not rulings; the control points still bound the path (for clips).
      if (!cur) {
        cur = { edges: [], points: [], start: p, curved: true };
        subpaths.push(cur);
      }
      cur.curved = true;
      for (let k = 0; k < n; k += 2) cur.points.push({ x: c[k] ?? 0, y: c[k + 1] ?? 0 });
      at = p;
    } else if (op === DRAW_CLOSE) {
      if (cur && at && (at.x !== cur.start.x || at.y !== cur.start.y)) cur.edges.push([at, cur.start]);
      at = cur?.start;
      // Drawing on after a close starts a new subpath at the same point (PDF and canvas agree).
      if (cur) {
        cur = { edges: [], points: [cur.start], start: cur.start, curved: false };
        subpaths.push(cur);
      }
    } else {
      break;
    }
  }
  return subpaths.filter((s) => s.points.length > 0);
}
