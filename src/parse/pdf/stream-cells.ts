import type { BBox } from '../../model/index.js';

/** A piece of text placed on the page: what the assignment needs of a stream piece. */
export interface Placed {
  box: BBox;
}

/**
 * Gives each loose line of one column (a line of a cell's text printed above or below its row, far
 * enough from it to be a band of its own) to a row, the way a reader sees a cell: its lines are one
 * block, blocks follow the rows' order, and a block is centred on its row (the templates print a
 * row's amounts in the middle of its tallest cell). 广州's 部门预算项目支出及其他支出预算表 prints a
 * 绩效目标 of up to ten lines beside each project's one line of amounts, the lines as far apart as the
 * rows; the nearest row is often the wrong one there, the centred block never.
 *
 * `rows` are the rows' vertical centres (PDF points, top to bottom), `anchors` each row's own pieces
 * in this column, `lines` the loose pieces of this column. Returns, for each line, the index of its row.
 */
export function assignToRows<P extends Placed>(rows: readonly number[], anchors: readonly (readonly P[])[], lines: readonly P[]): Map<P, number> {
  const m = rows.length;
  const out = new Map<P, number>();
  if (m === 0) return out;
  const centreY = (p: P): number => (p.box.y0 + p.box.y1) / 2;
  // gaps[g]: the lines between row g−1 and row g (gap 0 above the first row, gap m below the last).
  const gaps: P[][] = Array.from({ length: m + 1 }, () => []);
  for (const p of [...lines].sort((a, b) => centreY(a) - centreY(b))) {
    let g = 0;
    while (g < m && rows[g]! <= centreY(p)) g++;
    gaps[g]!.push(p);
  }
  // Row r's block: gap r from split s on, its anchors, gap r+1 up to split t.
  const cost = (r: number, s: number, t: number): number => {
    let top = Infinity;
    let bottom = -Infinity;
    const take = (p: P): void => {
      top = Math.min(top, p.box.y0);
      bottom = Math.max(bottom, p.box.y1);
    };
    gaps[r]!.slice(s).forEach(take);
    anchors[r]!.forEach(take);
    gaps[r + 1]!.slice(0, t).forEach(take);
    return top === Infinity ? 0 : Math.abs((top + bottom) / 2 - rows[r]!);
  };
  // best[g][s]: the least cost of rows 0 … g−1 when gap g is split at s; from[g][s] the split of gap g−1.
  const best: number[][] = [[0]];
  const from: number[][] = [[0]];
  for (let g = 1; g <= m; g++) {
    const last = g === m;
    const splits = last ? [gaps[m]!.length] : Array.from({ length: gaps[g]!.length + 1 }, (_, i) => i);
    best[g] = [];
    from[g] = [];
    for (const t of splits) {
      let b = Infinity;
      let arg = 0;
      best[g - 1]!.forEach((c, s) => {
        if (c === undefined) return;
        const v = c + cost(g - 1, s, t);
        if (v < b) {
          b = v;
          arg = s;
        }
      });
      best[g]![t] = b;
      from[g]![t] = arg;
    }
  }
  // Walk back: the split of every gap, then each line's row.
  let t = gaps[m]!.length;
  for (let g = m; g >= 1; g--) {
    const s = from[g]![t]!;
    gaps[g]!.forEach((p, i) => out.set(p, i < t ? g - 1 : g));
    t = s;
  }
  for (const p of gaps[0]!) out.set(p, 0);
  return out;
}
