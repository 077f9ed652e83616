import { comparePair, type PairRule } from './_lib/cross.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'ac-prior-final',
  description: "A document's figures for last year's 决算 or 执行数 (上年数/上年决算/执行数 columns, 比上年 sentences) equal last year's 决算",
  messages: {
    zh: '{subject} 所述 {what} {left}，与 {reference} 的决算数 {right} 不一致（差 {difference}）',
    en: '{subject} states {what} as {left}; {reference} gives {right} as the 决算 (difference {difference})',
  },
});

/** Last year's spending as this year's document states it against last year's 决算. */
export const rule: PairRule = {
  meta,
  pairs: { subject: ['预算', '决算'], reference: ['决算'], yearOffset: -1 },
  check: (pair) =>
    comparePair(
      meta,
      pair,
      (s) => s.year === pair.reference.year && (s.basis === 'final' || s.basis === 'execution') && !s.own,
      (f) => f.own,
      'the document states nothing of last year’s 决算 or 执行数 that last year’s 决算 prints',
    ),
};
