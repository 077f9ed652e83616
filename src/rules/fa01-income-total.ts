import type { Rule } from './_lib/types.js';
import { Tally, insufficient } from './_lib/finding.js';
import { identity, lineLabel, slotOf } from './_lib/fa.js';
import { ruleMeta } from './_lib/meta.js';

const LINES = ['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7', 'L8'];

export const rule: Rule = {
  meta: ruleMeta({
    id: 'fa01-income-total',
    description: '公开01: 本年收入合计 = the eight income lines',
    messages: {
      zh: '公开01 本年收入合计 {left} ≠ 各项收入之和 {right}（差 {difference}，容差 {tolerance}）',
      en: '公开01 本年收入合计 {left} ≠ sum of the income lines {right} (difference {difference}, tolerance {tolerance})',
    },
  }),
  check(r) {
    const t01 = r.fa.t01;
    if (!t01) return insufficient('公开01 收入支出决算总表 was not found');
    const t = new Tally(this.meta);
    identity(
      t,
      t01.table,
      [lineLabel(t01.in.total, '本年收入合计'), slotOf(t01.in.total, 'amount')],
      LINES.map((k) => [lineLabel(t01.in[k], k), slotOf(t01.in[k], 'amount')]),
    );
    return t.result({ outcome: 'insufficient-data', reason: '公开01 prints no income amounts' });
  },
};
