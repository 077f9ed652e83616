import { checkBreakdowns } from './_lib/breakdown.js';
import type { Rule, RuleMeta } from './_lib/types.js';

const meta: RuleMeta = {
  id: 'fund-expense-sum',
  family: 'A1',
  description: '基金总支出 = 待遇支出 + 转移支出 + 上解上级 + 其他支出',
  severity: 'error',
  appliesTo: ['PR'],
  messages: {
    zh: '{where}：{leftLabel} {left} ≠ {rightLabel} = {right}（差额 {difference}，容差 {tolerance}）',
    en: '{where}: {leftLabel} {left} ≠ {rightLabel} = {right} (difference {difference}, tolerance {tolerance})',
  },
};

/** Narrative breakdowns of the 'fund' partition (spec A1 fund-expense-sum). */
export const rule: Rule = { meta, check: (r) => checkBreakdowns(meta, r, ['fund']) };
export default rule;
