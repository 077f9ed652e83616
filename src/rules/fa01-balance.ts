import type { Rule } from './_lib/types.js';
import { Tally, insufficient } from './_lib/finding.js';
import { same, slotOf } from './_lib/fa.js';
import { ruleMeta } from './_lib/meta.js';

export const rule: Rule = {
  meta: ruleMeta({
    id: 'fa01-balance',
    description: '公开01: 收入总计 = 支出总计',
    messages: {
      zh: '公开01 收入总计 {left} ≠ 支出总计 {right}（差 {difference}）',
      en: '公开01 收入总计 {left} ≠ 支出总计 {right} (difference {difference})',
    },
  }),
  check(r) {
    const t01 = r.fa.t01;
    if (!t01) return insufficient('公开01 收入支出决算总表 was not found');
    const t = new Tally(this.meta);
    same(t, t01.table, ['收入总计', slotOf(t01.in.grand, 'amount')], ['支出总计', slotOf(t01.out.grand, 'amount')]);
    return t.result({ outcome: 'insufficient-data', reason: '公开01 prints neither 总计' });
  },
};
