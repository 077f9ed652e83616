import type { Rule } from './_lib/types.js';
import { Tally, insufficient } from './_lib/finding.js';
import { identity, lineLabel, slotOf } from './_lib/fa.js';
import { ruleMeta } from './_lib/meta.js';

export const rule: Rule = {
  meta: ruleMeta({
    id: 'fa01-expense-total',
    description: '公开01: 本年支出合计 = the 功能分类 类 lines',
    messages: {
      zh: '公开01 本年支出合计 {left} ≠ 各功能分类类之和 {right}（差 {difference}，容差 {tolerance}）',
      en: '公开01 本年支出合计 {left} ≠ sum of the 功能分类 类 lines {right} (difference {difference}, tolerance {tolerance})',
    },
  }),
  check(r) {
    const t01 = r.fa.t01;
    if (!t01) return insufficient('公开01 收入支出决算总表 was not found');
    const t = new Tally(this.meta);
    identity(
      t,
      t01.table,
      [lineLabel(t01.out.total, '本年支出合计'), slotOf(t01.out.total, 'amount')],
      t01.func.map((l) => [l.label, slotOf(l, 'amount')]),
    );
    return t.result({ outcome: 'insufficient-data', reason: '公开01 prints no expense amounts' });
  },
};
