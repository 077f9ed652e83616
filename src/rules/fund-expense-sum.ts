import { checkBreakdowns } from './_lib/breakdown.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'fund-expense-sum',
  description: '基金总支出 = 待遇支出 + 转移支出 + 上解上级 + 其他支出',
  messages: {
    zh: '{where}：{leftLabel} {left} ≠ {rightLabel} = {right}（差额 {difference}，容差 {tolerance}）',
    en: '{where}: {leftLabel} {left} ≠ {rightLabel} = {right} (difference {difference}, tolerance {tolerance})',
  },
});

/** Narrative breakdowns of the 'fund' partition (spec A1 fund-expense-sum). */
export const rule: Rule = { meta, check: (r) => checkBreakdowns(meta, r, ['fund']) };
export default rule;
