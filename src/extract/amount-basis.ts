/**
 * What a column's amounts are, across documents: the fiscal year they are of and their basis — the
 * year's budget as approved and published (年初预算), its adjusted full-year budget, its execution
 * (执行数), its final accounts (决算数) or a change between two of them. A 2026 预算 prints `2025年执行数` beside `2026年预算数`; a 决算 prints
 * `年初预算数` beside `决算数`: the panel and the cross-document checks need the year and basis of each,
 * not the document's.
 */

/**
 * `budget`: the year's budget as approved at its start (a 预算's 预算数, a 决算's 年初预算); `budget-adjusted`:
 * the full-year budget after adjustments (全年预算, 调整预算, and a 决算 table's bare 预算数, which the
 * central template defines as the full-year figure); `execution`: 执行数, a year's spending as a later
 * 预算 estimates or reports it; `final`: 决算数; `change`: a difference or rate between two columns.
 */
export type Basis = 'budget' | 'budget-adjusted' | 'execution' | 'final' | 'change';

export const BASES: readonly Basis[] = ['budget', 'budget-adjusted', 'execution', 'final', 'change'];

export interface AmountBasis {
  /** The fiscal year the amounts are of; null when neither the header nor the document says. */
  year: number | null;
  basis: Basis;
}

/** A difference or a rate between two columns (`2026年预算数比2025年执行数 › 增减额`, `增减(%)`). */
const CHANGE = /比|增减|增长|减少|变动|差额|差异|较上年/;
/** Last year's figure in a column header: 上年预算数, 上年执行数, 上年决算 (not 上年结转, which is this year's money). */
const PRIOR = /上年度?(?:预算|执行|决算|数)/;

/** Funds named for their budget (一般公共预算财政拨款, a 决算 总表's column): the 预算 in them is no basis. */
const FUND_NAMES = /一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算/g;

function basisWords(printed: string, kind: string | null): Basis | null {
  const label = printed.replace(FUND_NAMES, '');
  if (/年初预算|年初批复|批复预算/.test(label)) return 'budget';
  if (/调整预算|调整后预算|全年预算|变动后预算/.test(label)) return 'budget-adjusted';
  if (/执行/.test(label)) return 'execution';
  if (/决算/.test(label)) return 'final';
  if (/预算/.test(label)) return kind === '决算' ? 'budget-adjusted' : 'budget';
  return null;
}

/**
 * The year and basis of a column from its header labels (outermost first) and the document's kind and
 * year: a year printed in the header wins (2025年执行数), then 上年 (the document's year − 1), then the
 * document's. The basis is the innermost label that names one, else the document's own (a 决算's
 * amounts are 决算数, a 预算's 预算数).
 */
export function amountBasis(path: readonly string[], doc: { kind: string | null; year: number | null }): AmountBasis {
  const joined = path.join('›');
  const own: Basis = doc.kind === '决算' ? 'final' : 'budget';
  if (CHANGE.test(joined)) return { year: doc.year, basis: 'change' };
  const printed = /((?:19|20)\d{2})\s*年/.exec(joined);
  const year = printed ? Number(printed[1]) : PRIOR.test(joined) && doc.year !== null ? doc.year - 1 : doc.year;
  let basis: Basis | null = null;
  for (const l of [...path].reverse()) if ((basis = basisWords(l, doc.kind))) break;
  return { year, basis: basis ?? own };
}
