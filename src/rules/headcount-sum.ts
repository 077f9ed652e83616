import { checkBreakdowns } from './_lib/breakdown.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'headcount-sum',
  description: '参保人数 = 在职 + 离退休; a total of persons = Σ regional parts (half a unit of the display: 0.005 万人)',
  messages: {
    zh: '{where}：{leftLabel} {left} ≠ {rightLabel} = {right}（差额 {difference}，容差 {tolerance}）',
    en: '{where}: {leftLabel} {left} ≠ {rightLabel} = {right} (difference {difference}, tolerance {tolerance})',
  },
});

/** Narrative 其中 lists of persons over a partition (在职/离退休, 城区/县市区). Parts ≤ whole lists are subset-le-total's. */
export const rule: Rule = { meta, check: (r) => checkBreakdowns(meta, r, ['persons']) };
export default rule;
