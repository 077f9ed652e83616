import { comparePair, type PairRule } from './_lib/cross.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'ac-initial-budget',
  description: "A 决算's stated 年初预算 equals the body's published 预算 of that year, line by line where both print them",
  messages: {
    zh: '{subject} 所述 {what} {left}，与 {reference} 公布的 {right} 不一致（差 {difference}）',
    en: '{subject} states {what} as {left}; {reference} published {right} (difference {difference})',
  },
});

/** The 年初预算 a 决算 states (情况说明 per 项 and in total, 三公) against the 预算 of its year. */
export const rule: PairRule = {
  meta,
  pairs: { subject: ['决算'], reference: ['预算'], yearOffset: 0 },
  check: (pair) =>
    comparePair(
      meta,
      pair,
      (s) => s.year === pair.subject.year && s.basis === 'budget' && !s.own,
      (f) => f.own,
      'the 决算 states no 年初预算 that its year’s 预算 prints',
    ),
};
