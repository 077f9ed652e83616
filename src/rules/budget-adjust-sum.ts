import { checkBreakdowns } from './_lib/breakdown.js';
import type { Rule, RuleMeta } from './_lib/types.js';

const meta: RuleMeta = {
  id: 'budget-adjust-sum',
  family: 'A1',
  description: '全年预算 = 年初预算 + 调整追加 − 调减 (+ 上年结转)',
  severity: 'error',
  appliesTo: ['PR', 'ST', 'FA'],
  messages: {
    zh: '{where}：{leftLabel} {left} ≠ {rightLabel} = {right}（差额 {difference}，容差 {tolerance}）',
    en: '{where}: {leftLabel} {left} ≠ {rightLabel} = {right} (difference {difference}, tolerance {tolerance})',
  },
};

/** Narrative breakdowns of the 'budget-adjust' partition (spec A1 budget-adjust-sum). */
export const rule: Rule = { meta, check: (r) => checkBreakdowns(meta, r, ['budget-adjust']) };
export default rule;
