import type { BBox } from '../../model/index.js';

/** The smallest box holding both. */
export const unionBox = (a: BBox, b: BBox): BBox => ({
  x0: Math.min(a.x0, b.x0),
  y0: Math.min(a.y0, b.y0),
  x1: Math.max(a.x1, b.x1),
  y1: Math.max(a.y1, b.y1),
});

/** The q-quantile (0–1) of the values, nearest-rank; 0 for none. Margins use it so one wide line does not move them. */
export function percentile(values: readonly number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(q * (s.length - 1))] ?? 0;
}
