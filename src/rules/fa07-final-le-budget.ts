import type { Rule } from './_lib/types.js';
import { Tally, insufficient } from './_lib/finding.js';
import { notAbove, SANGONG_LABEL as L, sangongSlots } from './_lib/fa.js';
import { ruleMeta } from './_lib/meta.js';

export const rule: Rule = {
  meta: ruleMeta({
    id: 'fa07-final-le-budget',
    description: '公开07: each 三公 item’s 决算数 ≤ its 预算数 (the adjusted full-year budget)',
    messages: {
      zh: '公开07 {item}：决算数 {left} 超过预算数 {right}（超出 {difference}）',
      en: '公开07 {item}: 决算数 {left} exceeds 预算数 {right} (by {difference})',
    },
  }),
  check(r) {
    const bud = sangongSlots(r, 'fa07', 'bud');
    const fin = sangongSlots(r, 'fa07', 'fin');
    if (!bud || !fin) return insufficient('公开07 “三公”经费支出决算表 was not found');
    const t = new Tally(this.meta);
    for (const item of ['total', 'abroad', 'carSub', 'carBuy', 'carRun', 'reception']) {
      notAbove(t, fin.table, [`决算数 ${L[item]}`, fin.slots[item]], [`预算数 ${L[item]}`, bud.slots[item]], { data: { item: L[item]! } });
    }
    return t.result({ outcome: 'not-applicable', reason: '公开07 prints no amounts' });
  },
};
