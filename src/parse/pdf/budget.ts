import type { Diagnostic } from '../../model/index.js';

/**
 * What one page may cost in the steps of the PDF reader whose work can grow faster than the page:
 * past a limit the step is skipped for that page and a `page-budget` warning says which step and
 * what was not built, instead of the page running on. Counted, not timed, so that a file reads the
 * same on any machine. Every step is near-linear in the page's size below its limit; the limits are
 * far above any page of the fixtures and of the 29 real documents in ../shared/realdocs (at most 68
 * ruling segments after merging, 687 crossing checks, a 592-position grid and 848 text runs on one
 * page).
 */
export interface PageBudget {
  /** Ruling segments (after merging) one page may hold for its ruled tables to be built. */
  segments: number;
  /** Horizontal–vertical pairs examined to find the page's frames of rulings. */
  crossingChecks: number;
  /** Grid positions of one ruled table (rows × columns). */
  gridCells: number;
}

export const PAGE_BUDGET: Readonly<PageBudget> = Object.freeze({ segments: 20_000, crossingChecks: 2_000_000, gridCells: 100_000 });

/** The budget with the given limits in place of the defaults (a test sets them low to see a page degrade). */
export function pageBudget(b?: Partial<PageBudget>): PageBudget {
  const out = { ...PAGE_BUDGET };
  for (const k of Object.keys(PAGE_BUDGET) as (keyof PageBudget)[]) {
    const v = b?.[k];
    if (typeof v === 'number' && v >= 0) out[k] = v;
  }
  return out;
}

/** The warning for a step skipped on a page (its box in PDF points) at its budget; `count` null when the step stopped at the limit. */
export function overBudget(
  page: { number: number; width: number; height: number },
  what: string,
  count: number | null,
  limit: number,
  skipped: string,
): Diagnostic {
  return {
    code: 'page-budget',
    severity: 'warning',
    stage: 'parse',
    message: `page ${page.number}: ${count === null ? 'more than' : count.toLocaleString('en')} ${what}${count === null ? ` ${limit.toLocaleString('en')}` : `, more than the ${limit.toLocaleString('en')} a page may have`}: ${skipped}`,
    provenance: { kind: 'pdf', page: page.number, bbox: { x0: 0, y0: 0, x1: page.width, y1: page.height } },
    detail: { what, count, limit, skipped },
  };
}
