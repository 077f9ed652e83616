import type { Rule } from './_lib/types.js';
import { Tally, insufficient } from './_lib/finding.js';
import { notAbove, same, slotOf } from './_lib/fa.js';
import { ruleMeta } from './_lib/meta.js';

export const rule: Rule = {
  meta: ruleMeta({
    id: 'xt-01-04',
    description: '公开04 income lines 1–3 = 公开01 lines 1–3; 04 年初 ≤ 01 年初; 04 本年支出合计 ≤ 01 本年支出合计',
    messages: {
      zh: '公开04 {leftLabel} {left} 与公开01 {rightLabel} {right} 不符（差 {difference}）',
      en: '公开04 {leftLabel} {left} does not agree with 公开01 {rightLabel} {right} (difference {difference})',
    },
  }),
  check(r) {
    const t01 = r.fa.t01;
    const t04 = r.fa.t04;
    if (!t01 || !t04) return insufficient('公开01 or 公开04 was not found');
    const t = new Tally(this.meta);
    for (const [k4, k1, name] of [
      ['gpb', 'L1', '一般公共预算财政拨款'],
      ['gf', 'L2', '政府性基金预算财政拨款'],
      ['soe', 'L3', '国有资本经营预算财政拨款'],
    ] as const) {
      same(t, t04.table, [name, slotOf(t04.in[k4], 'amount')], [name, slotOf(t01.in[k1], 'amount')]);
    }
    notAbove(t, t04.table, ['年初财政拨款结转和结余', slotOf(t04.in.opening, 'amount')], ['年初结转和结余', slotOf(t01.in.opening, 'amount')]);
    notAbove(t, t04.table, ['本年支出合计', slotOf(t04.out.total, 'total')], ['本年支出合计', slotOf(t01.out.total, 'amount')]);
    return t.result({ outcome: 'insufficient-data', reason: 'neither table prints the amounts compared' });
  },
};
