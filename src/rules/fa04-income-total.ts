import type { Rule } from './_lib/types.js';
import { Tally, insufficient } from './_lib/finding.js';
import { identity, lineLabel, slotOf } from './_lib/fa.js';
import { ruleMeta } from './_lib/meta.js';

export const rule: Rule = {
  meta: ruleMeta({
    id: 'fa04-income-total',
    description: '公开04: 本年收入合计 = 一般公共预算 + 政府性基金 + 国有资本经营 财政拨款',
    messages: {
      zh: '公开04 本年收入合计 {left} ≠ 三项财政拨款之和 {right}（差 {difference}）',
      en: '公开04 本年收入合计 {left} ≠ sum of the three 财政拨款 {right} (difference {difference})',
    },
  }),
  check(r) {
    const t04 = r.fa.t04;
    if (!t04) return insufficient('公开04 财政拨款收入支出决算总表 was not found');
    const t = new Tally(this.meta);
    const s = (k: string, f: string): [string, ReturnType<typeof slotOf>] => [lineLabel(t04.in[k], f), slotOf(t04.in[k], 'amount')];
    identity(t, t04.table, s('total', '本年收入合计'), [
      s('gpb', '一般公共预算财政拨款'),
      s('gf', '政府性基金预算财政拨款'),
      s('soe', '国有资本经营预算财政拨款'),
    ]);
    return t.result({ outcome: 'insufficient-data', reason: '公开04 prints no income amounts' });
  },
};
