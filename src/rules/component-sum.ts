import type { Rule, RuleMeta } from './_lib/types.js';
import { checkBreakdowns } from './_lib/breakdown.js';

const meta: RuleMeta = {
  id: 'component-sum',
  family: 'A1',
  description: 'An exhaustive breakdown ("共计/全年 X，其中 a；b；c") sums to its total',
  severity: 'error',
  appliesTo: ['ALL'],
  messages: {
    zh: '{where}：{leftLabel} {left} ≠ 各组成部分之和 {right}（差额 {difference}，容差 {tolerance}）',
    en: '{where}: {leftLabel} {left} ≠ the sum of its parts {right} (difference {difference}, tolerance {tolerance})',
  },
};

/** Breakdowns no more specific rule owns: 功能分类 classes, 基本/项目, pension lines, "共计" lists. */
export const rule: Rule = { meta, check: (r) => checkBreakdowns(meta, r, ['func', 'basic-project', 'pension', 'other']) };
export default rule;
