import { checkBreakdowns } from './_lib/breakdown.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'income-source-sum',
  description: '收入 = 财政拨款 + 上级补助 + 事业 + 经营 + 附属上缴 + 其他',
  messages: {
    zh: '{where}：{leftLabel} {left} ≠ {rightLabel} = {right}（差额 {difference}，容差 {tolerance}）',
    en: '{where}: {leftLabel} {left} ≠ {rightLabel} = {right} (difference {difference}, tolerance {tolerance})',
  },
});

/** Narrative breakdowns of the 'income' partition (spec A1 income-source-sum). */
export const rule: Rule = { meta, check: (r) => checkBreakdowns(meta, r, ['income']) };
export default rule;
