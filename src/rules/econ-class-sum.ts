import { checkBreakdowns } from './_lib/breakdown.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'econ-class-sum',
  description: 'Total spending = 工资福利 + 商品和服务 + 对个人和家庭补助 (+ 资本性 + 其他)',
  messages: {
    zh: '{where}：{leftLabel} {left} ≠ {rightLabel} = {right}（差额 {difference}，容差 {tolerance}）',
    en: '{where}: {leftLabel} {left} ≠ {rightLabel} = {right} (difference {difference}, tolerance {tolerance})',
  },
});

/** Narrative breakdowns of the 'econ' partition (spec A1 econ-class-sum). */
export const rule: Rule = { meta, check: (r) => checkBreakdowns(meta, r, ['econ']) };
export default rule;
