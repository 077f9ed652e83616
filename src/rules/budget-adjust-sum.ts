import { checkBreakdowns } from './_lib/breakdown.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'budget-adjust-sum',
  description: '全年预算 = 年初预算 + 调整追加 − 调减 (+ 上年结转)',
  messages: {
    zh: '{where}：{leftLabel} {left} ≠ {rightLabel} = {right}（差额 {difference}，容差 {tolerance}）',
    en: '{where}: {leftLabel} {left} ≠ {rightLabel} = {right} (difference {difference}, tolerance {tolerance})',
  },
});

/** Narrative breakdowns of the 'budget-adjust' partition (spec A1 budget-adjust-sum). */
export const rule: Rule = { meta, check: (r) => checkBreakdowns(meta, r, ['budget-adjust']) };
export default rule;
