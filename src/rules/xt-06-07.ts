import type { Rule } from './_lib/types.js';
import { Tally, insufficient } from './_lib/finding.js';
import { notAbove, rowLabel, rowOf, sangongSlots } from './_lib/fa.js';
import { ruleMeta } from './_lib/meta.js';

export const rule: Rule = {
  meta: ruleMeta({
    id: 'xt-06-07',
    description: '公开07 决算 公务接待 / 公务用车运行 ≤ 公开06 30217 / 30231 (07 also counts prior-year funds: info)',
    messages: {
      zh: '公开07 决算 {leftLabel} {left} 大于公开06 {rightLabel} {right}（差 {difference}；公开07 含以前年度结转资金）',
      en: '公开07 决算 {leftLabel} {left} exceeds 公开06 {rightLabel} {right} (by {difference}; 公开07 also counts prior-year funds)',
    },
  }),
  check(r) {
    const t06 = r.fa.t06;
    const fin = sangongSlots(r, 'fa07', 'fin');
    if (!t06 || !fin) return insufficient('公开06 or 公开07 was not found');
    const t = new Tally(this.meta);
    const key = t06.keys.includes('amount') ? 'amount' : t06.keys[0]!;
    for (const [item, code, name] of [
      ['reception', '30217', '公务接待费'],
      ['carRun', '30231', '公务用车运行维护费'],
    ] as const) {
      const row = rowOf(t06, code);
      notAbove(t, fin.table, [name, fin.slots[item]], [row ? rowLabel(row) : `${code} (blank)`, row?.values[key]]);
    }
    return t.result({ outcome: 'not-applicable', reason: 'neither table prints these items' });
  },
};
