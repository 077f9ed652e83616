import type { Rule } from './_lib/types.js';
import { Tally, insufficient } from './_lib/finding.js';
import { identity, rowOf } from './_lib/fa.js';
import { ruleMeta } from './_lib/meta.js';

export const rule: Rule = {
  meta: ruleMeta({
    id: 'xt-05-06',
    description: '公开06 基本支出合计 (人员经费 + 公用经费) = 公开05 合计 › 基本支出',
    messages: {
      zh: '公开05 合计基本支出 {left} ≠ 公开06 {rightLabel} = {right}（差 {difference}）',
      en: '公开05 合计 基本支出 {left} ≠ 公开06 {rightLabel} = {right} (difference {difference})',
    },
  }),
  check(r) {
    const t05 = r.fa.t05;
    const t06 = r.fa.t06;
    if (!t05) return insufficient('公开05 was not found');
    if (!t06) return insufficient('公开06 一般公共预算财政拨款基本支出决算表 was not found: 基本支出 cannot be compared');
    const t = new Tally(this.meta);
    const key = t06.keys.includes('amount') ? 'amount' : t06.keys[0]!;
    const line = (re: RegExp) => t06.totals.find((l) => re.test(l.label))?.values[key];
    const basic = line(/^(?:基本支出)?合计$/);
    const parts: [string, ReturnType<typeof line>][] = basic
      ? [['基本支出合计', basic]]
      : [
          ['人员经费合计', line(/^人员经费(?:合计)?$/)],
          ['公用经费合计', line(/^公用经费(?:合计)?$/)],
        ];
    identity(t, t05.table, ['合计 › 基本支出', rowOf(t05, '*')?.values.basic], parts);
    return t.result({ outcome: 'insufficient-data', reason: 'neither table prints 基本支出 totals' });
  },
};
