import type { Table } from '../../model/index.js';
import { cellAt } from '../../model/index.js';
import { type ColumnPlan, type Continuation, identityPlan } from '../common/assemble.js';
import { rowText } from '../common/grid-ops.js';
import { stripPieces } from '../common/strip.js';

/** Column boundaries this close (points) are the same column on the next page. */
const COLUMN_TOL = 3;
/**
 * …or this share of the table's width, when that is more: 西安's forms, printed from a spreadsheet
 * scaled page by page, put one column boundary up to 5 pt off on the next page (64 114 187 326 569 776
 * on page 50, 62 119 190 324 573 778 on page 51 of a 712 pt wide form).
 */
const COLUMN_TOL_SHARE = 0.01;
/** How far the whole table may sit to the side on the next page, as a share of its width (西安: 9 pt of 760). */
const SHIFT_SHARE = 0.05;

/**
 * Lines up the column boundaries of a piece (`b`, on the next page) with those of the piece before
 * (`a`): the outer edges match once the piece is moved sideways by at most SHIFT_SHARE of the width,
 * and every inner boundary of one is a boundary of the other. One may have boundaries the other has
 * not: rows printed with merged cells draw fewer rulings (西安's 绩效目标 forms go on over the page with
 * 5 of their 7 columns). Null when both have boundaries of their own: another layout.
 */
export function alignColumns(a: readonly number[], b: readonly number[]): ColumnPlan | null {
  const a0 = a[0]!;
  const a1 = a.at(-1)!;
  const width = a1 - a0;
  const tol = Math.max(COLUMN_TOL, COLUMN_TOL_SHARE * width);
  const dl = b[0]! - a0;
  const dr = b.at(-1)! - a1;
  if (Math.abs(dl - dr) > tol) return null;
  const shift = (dl + dr) / 2;
  if (Math.abs(shift) > Math.max(COLUMN_TOL, SHIFT_SHARE * width)) return null;
  const prev: number[] = [];
  const next: number[] = [];
  let onlyA = 0;
  let onlyB = 0;
  let u = 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const xa = a[i];
    const xb = j < b.length ? b[j]! - shift : undefined;
    if (xa !== undefined && xb !== undefined && Math.abs(xa - xb) <= tol) {
      prev[i++] = u;
      next[j++] = u;
    } else if (xb === undefined || (xa !== undefined && xa < xb)) {
      prev[i++] = u;
      onlyA++;
    } else {
      next[j++] = u;
      onlyB++;
    }
    u++;
  }
  if ((onlyA && onlyB) || prev[0] !== next[0] || prev.at(-1) !== next.at(-1)) return null;
  return { nCols: u - 1, prev, next };
}

/**
 * A PDF table piece continues the one before when it is printed on the same page (under a 续表 mark,
 * say) or the next, and its columns line up with it (alignColumns); a running list whose columns
 * shift a little more goes on when its header row repeats the table's and it has as many columns
 * (长沙's 项目支出绩效目标表 prints the same header on each of its 28 pages). `xsOf` holds each piece's
 * column boundaries, as its builder found them.
 */
export function pdfContinuation(xsOf: ReadonlyMap<Table, readonly number[]>): Continuation {
  return {
    pageBreak: (last, next) => next.pages[0] === (last.pages.at(-1) ?? 0) + 1,
    inferredHeaders: true,
    columns(last, next, table) {
      const page = last.pages.at(-1);
      if (page === undefined || next.pages.length !== 1 || (next.pages[0] !== page && next.pages[0] !== page + 1)) return null;
      const a = xsOf.get(last);
      const b = xsOf.get(next);
      const plan = a && b ? (alignColumns(a, b) ?? edgeColumns(last, a, next, b)) : null;
      if (plan) return plan;
      const head = rowText(table, 0);
      return next.nCols === last.nCols && head.replace(/\|/g, '') !== '' && rowText(next, 0) === head ? identityPlan(next.nCols) : null;
    },
    edgeText(block, last, next, table) {
      const a = xsOf.get(last);
      const p = block.provenance;
      // A short label, no title, number, unit or 部门 line.
      if (!a || p.kind !== 'pdf' || !p.bbox || block.text.replace(/\s+/g, '').length > 12 || stripPieces(block.text)) return false;
      const boxes = (t: Table, page?: number) =>
        t.cells.flatMap((c) =>
          c.kind === 'cell' && c.provenance.kind === 'pdf' && c.provenance.bbox && (page === undefined || c.provenance.page === page)
            ? [c.provenance.bbox]
            : [],
        );
      // The table's edges, as its cells were printed: the block lies between them and the last piece's.
      const all = boxes(table);
      if (!all.length) return false;
      const [x0, x1] = [Math.min(...all.map((b) => b.x0)), Math.max(...all.map((b) => b.x1))];
      const { bbox } = p;
      const beside = (bbox.x1 <= a[0]! + COLUMN_TOL && bbox.x0 >= x0 - COLUMN_TOL) || (bbox.x0 >= a.at(-1)! - COLUMN_TOL && bbox.x1 <= x1 + COLUMN_TOL);
      // …beside the last piece's rows on its page, or above the bottom of the next piece's on the next.
      const own = boxes(last, p.page);
      const after = next.pages[0] === p.page ? boxes(next, p.page) : [];
      const level = own.length
        ? bbox.y0 >= Math.min(...own.map((b) => b.y0)) - COLUMN_TOL && bbox.y1 <= Math.max(...own.map((b) => b.y1)) + COLUMN_TOL
        : after.length > 0 && bbox.y1 <= Math.max(...after.map((b) => b.y1));
      return beside && level;
    },
  };
}

/** The boundaries of `xs` from `lo` to `hi` (each matched within `tol`), or null when either is not one of them. */
function between(xs: readonly number[], lo: number, hi: number, tol: number): [number, number] | null {
  const i = xs.findIndex((x) => Math.abs(x - lo) <= tol);
  const j = xs.findIndex((x) => Math.abs(x - hi) <= tol);
  return i >= 0 && j > i ? [i, j] : null;
}

/**
 * A form's edge column that goes on over the page without its rulings: the piece before ends with a
 * cell merged down its first column to its last row (北京's 部门整体支出绩效目标表: one cell beside every
 * 活动 row, 整体绩效目标 printed in it again on later pages), and the next page prints the other columns only; or the next page prints that
 * column again, blank, where the piece before it did not. The columns both print line up
 * (alignColumns); those only one prints lie at its edge, and are, on the piece before, merged from
 * above (or blank) in its last row, on the next piece blank all the way down.
 */
function edgeColumns(last: Table, a: readonly number[], next: Table, b: readonly number[]): ColumnPlan | null {
  const tol = Math.max(COLUMN_TOL, COLUMN_TOL_SHARE * (a.at(-1)! - a[0]!));
  const lo = Math.max(a[0]!, b[0]!);
  const hi = Math.min(a.at(-1)!, b.at(-1)!);
  const sa = between(a, lo, hi, tol);
  const sb = between(b, lo, hi, tol);
  if (!sa || !sb || (sa[0] === 0 && sa[1] === a.length - 1 && sb[0] === 0 && sb[1] === b.length - 1)) return null;
  // Only one piece has columns left of the shared part, and only one right of it.
  if ((sa[0] > 0 && sb[0] > 0) || (sa[1] < a.length - 1 && sb[1] < b.length - 1)) return null;
  const inner = alignColumns(a.slice(sa[0], sa[1] + 1), b.slice(sb[0], sb[1] + 1));
  if (!inner) return null;
  const lastRow = last.nRows - 1;
  const openOnA = (c: number): boolean => {
    const g = cellAt(last, lastRow, c);
    return !g || g.row !== lastRow || g.raw.trim() === '';
  };
  const blankOnB = (c: number): boolean => {
    for (let r = 0; r < next.nRows; r++) if ((cellAt(next, r, c)?.raw.trim() ?? '') !== '') return false;
    return true;
  };
  const outside = (n: number, s: [number, number]): number[] => [
    ...Array.from({ length: s[0] }, (_, c) => c),
    ...Array.from({ length: n - s[1] }, (_, k) => s[1] + k),
  ];
  if (!outside(last.nCols, sa).every(openOnA) || !outside(next.nCols, sb).every(blankOnB)) return null;
  const left = Math.max(sa[0], sb[0]);
  const prev = [...Array.from({ length: sa[0] }, (_, i) => i), ...inner.prev.map((u) => u + left)];
  const nxt = [...Array.from({ length: sb[0] }, (_, i) => i), ...inner.next.map((u) => u + left)];
  const end = inner.nCols + left;
  for (let i = sa[1] + 1; i < a.length; i++) prev.push(end + i - sa[1]);
  for (let i = sb[1] + 1; i < b.length; i++) nxt.push(end + i - sb[1]);
  return { nCols: Math.max(prev.at(-1)!, nxt.at(-1)!), prev, next: nxt };
}
