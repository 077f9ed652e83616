import type { Rule } from './_lib/types.js';
import { Tally, insufficient } from './_lib/finding.js';
import { identity, SANGONG_LABEL as L, sangongParts, sangongSlots, SIDE_LABEL } from './_lib/fa.js';
import { ruleMeta } from './_lib/meta.js';

export const rule: Rule = {
  meta: ruleMeta({
    id: 'fa07-sangong-sum',
    description: '公开07, 预算数 and 决算数: 三公合计 = 因公出国（境） + 公务用车购置及运行 + 公务接待',
    messages: {
      zh: '公开07 {side}：三公合计 {left} ≠ 出国 + 公车 + 接待 = {right}（差 {difference}，容差 {tolerance}）',
      en: '公开07 {side}: 三公 total {left} ≠ abroad + vehicles + reception = {right} (difference {difference}, tolerance {tolerance})',
    },
  }),
  check(r) {
    const t = new Tally(this.meta);
    let found = false;
    for (const side of ['bud', 'fin'] as const) {
      const s = sangongSlots(r, 'fa07', side);
      if (!s) continue;
      found = true;
      const x = s.slots;
      // With the 小计 blank, the vehicle part is 购置 + 运行 (spec A2).
      identity(t, s.table, [`${SIDE_LABEL[side]} ${L.total}`, x.total], sangongParts(x), { data: { side: SIDE_LABEL[side] } });
    }
    if (!found) return insufficient('公开07 “三公”经费支出决算表 was not found');
    return t.result({ outcome: 'not-applicable', reason: '公开07 prints no amounts' });
  },
};
