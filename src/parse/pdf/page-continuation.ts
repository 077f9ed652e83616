import type { Table } from '../../model/index.js';
import { type ColumnPlan, type Continuation, identityPlan } from '../common/assemble.js';
import { rowText } from '../common/grid-ops.js';

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
      const plan = a && b ? alignColumns(a, b) : null;
      if (plan) return plan;
      const head = rowText(table, 0);
      return next.nCols === last.nCols && head.replace(/\|/g, '') !== '' && rowText(next, 0) === head ? identityPlan(next.nCols) : null;
    },
  };
}
