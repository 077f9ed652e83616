import type { Rule } from './_lib/types.js';
import { Tally, insufficient } from './_lib/finding.js';
import { identity, lineLabel, slotOf } from './_lib/fa.js';
import { ruleMeta } from './_lib/meta.js';

export const rule: Rule = {
  meta: ruleMeta({
    id: 'fa01-expense-grand',
    description: '公开01: 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余',
    messages: {
      zh: '公开01 支出总计 {left} ≠ 本年支出合计 + 结余分配 + 年末结转和结余 = {right}（差 {difference}）',
      en: '公开01 支出总计 {left} ≠ 本年支出合计 + 结余分配 + 年末结转和结余 = {right} (difference {difference})',
    },
  }),
  check(r) {
    const t01 = r.fa.t01;
    if (!t01) return insufficient('公开01 收入支出决算总表 was not found');
    const t = new Tally(this.meta);
    const s = (k: string, f: string): [string, ReturnType<typeof slotOf>] => [lineLabel(t01.out[k], f), slotOf(t01.out[k], 'amount')];
    identity(t, t01.table, s('grand', '总计'), [s('total', '本年支出合计'), s('surplusAlloc', '结余分配'), s('closing', '年末结转和结余')]);
    return t.result({ outcome: 'insufficient-data', reason: '公开01 prints no 支出总计' });
  },
};
