import type { Rule } from './_lib/types.js';
import { Tally, insufficient } from './_lib/finding.js';
import { identity, lineLabel, slotOf } from './_lib/fa.js';
import { ruleMeta } from './_lib/meta.js';

export const rule: Rule = {
  meta: ruleMeta({
    id: 'fa01-income-grand',
    description: '公开01: 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余',
    messages: {
      zh: '公开01 收入总计 {left} ≠ 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 = {right}（差 {difference}）',
      en: '公开01 收入总计 {left} ≠ 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 = {right} (difference {difference})',
    },
  }),
  check(r) {
    const t01 = r.fa.t01;
    if (!t01) return insufficient('公开01 收入支出决算总表 was not found');
    const t = new Tally(this.meta);
    const s = (k: string, f: string): [string, ReturnType<typeof slotOf>] => [lineLabel(t01.in[k], f), slotOf(t01.in[k], 'amount')];
    identity(t, t01.table, s('grand', '总计'), [s('total', '本年收入合计'), s('useNonFiscal', '使用非财政拨款结余'), s('opening', '年初结转和结余')]);
    return t.result({ outcome: 'insufficient-data', reason: '公开01 prints no 收入总计' });
  },
};
