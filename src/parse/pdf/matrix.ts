/** Affine matrices and viewport mapping for reading pdfjs operator lists (rulings, scans). */

/**
 * What walkOps (paths, rulings) needs of a pdfjs PageViewport: its `transform` (user space → viewport), or
 * failing that `convertToViewportPoint`, from which the same matrix is sampled. `width`/`height`,
 * when given, bound the visible page: rulings outside it are dropped.
 */
export type PageViewportLike = ({ transform: ArrayLike<number> } | { convertToViewportPoint(x: number, y: number): ArrayLike<number> }) & {
  width?: number;
  height?: number;
};

/** [a b c d e f]: (x, y) → (a·x + c·y + e, b·x + d·y + f), as in PDF. */
export type Matrix = readonly [number, number, number, number, number, number];
export interface Point {
  x: number;
  y: number;
}
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** Point p through `first`, then through `then`. */
export function compose(first: Matrix, then: Matrix): Matrix {
  const [a1, b1, c1, d1, e1, f1] = first;
  const [a2, b2, c2, d2, e2, f2] = then;
  return [a2 * a1 + c2 * b1, b2 * a1 + d2 * b1, a2 * c1 + c2 * d1, b2 * c1 + d2 * d1, a2 * e1 + c2 * f1 + e2, b2 * e1 + d2 * f1 + f2];
}

export const apply = (m: Matrix, x: number, y: number): Point => ({ x: m[0] * x + m[2] * y + m[4], y: m[1] * x + m[3] * y + m[5] });

export const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Array or typed array (pdfjs hands over Float32Arrays), as a readable list; else undefined. */
export function listOf(v: unknown): ArrayLike<unknown> | undefined {
  if (Array.isArray(v)) return v;
  if (ArrayBuffer.isView(v) && !(v instanceof DataView)) return v as unknown as ArrayLike<number>;
  return undefined;
}

/** Six finite numbers from args (as spread: a, b, c, d, e, f) or from one array argument. */
export function matrixFrom(v: unknown): Matrix | undefined {
  const l = listOf(v);
  if (!l || l.length < 6) return undefined;
  const m = [l[0], l[1], l[2], l[3], l[4], l[5]];
  return m.every(isNum) ? (m as unknown as Matrix) : undefined;
}

/** The viewport's matrix; sampled at three points when only convertToViewportPoint is there (it is affine). */
export function viewportMatrix(vp: PageViewportLike): Matrix | undefined {
  if ('transform' in vp) {
    const m = matrixFrom(vp.transform);
    if (m) return m;
  }
  if ('convertToViewportPoint' in vp && typeof vp.convertToViewportPoint === 'function') {
    const p = (x: number, y: number): [number, number] | undefined => {
      const r = listOf(vp.convertToViewportPoint(x, y));
      return r && isNum(r[0]) && isNum(r[1]) ? [r[0], r[1]] : undefined;
    };
    const o = p(0, 0);
    const ex = p(1, 0);
    const ey = p(0, 1);
    if (o && ex && ey) return [ex[0] - o[0], ex[1] - o[1], ey[0] - o[0], ey[1] - o[1], o[0], o[1]];
  }
  return undefined;
}
