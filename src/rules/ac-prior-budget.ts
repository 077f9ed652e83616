import { comparePair, type PairRule } from './_lib/cross.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'ac-prior-budget',
  description:
    "A 预算's figures for last year's 预算 (上年预算数 columns, 比上年预算 sentences) equal last year's 预算 as published, or the 年初预算 last year's 决算 states",
  messages: {
    zh: '{subject} 所述 {what} {left}，与 {reference} 的 {givenAs} {right} 不一致（差 {difference}）',
    en: '{subject} states {what} as {left}; {reference} gives {right} (difference {difference})',
  },
});

/**
 * Last year's budget as this year's 预算 states it, against last year's 预算 (its own figures) or
 * last year's 决算 (the 年初预算 its 情况说明 states: the same budget, restated).
 */
export const rule: PairRule = {
  meta,
  pairs: { subject: ['预算'], reference: ['预算', '决算'], yearOffset: -1 },
  check: (pair) =>
    comparePair(
      meta,
      pair,
      (s) => s.year === pair.reference.year && s.basis === 'budget' && !s.own,
      (f) => f.year === pair.reference.year && f.basis === 'budget',
      'the 预算 states nothing of last year’s budget that the other document gives',
    ),
};
