import type { Rule } from './_lib/types.js';
import { Tally, insufficient } from './_lib/finding.js';
import { identity, SANGONG_LABEL as L, sangongSlots, SIDE_LABEL } from './_lib/fa.js';
import { ruleMeta } from './_lib/meta.js';

export const rule: Rule = {
  meta: ruleMeta({
    id: 'fa07-car-subtotal',
    description: '公开07: 公务用车购置及运行费 小计 = 购置费 + 运行费, both sides',
    messages: {
      zh: '公开07 {side}：公务用车购置及运行费小计 {left} ≠ 购置 + 运行 = {right}（差 {difference}）',
      en: '公开07 {side}: vehicle subtotal {left} ≠ purchase + running = {right} (difference {difference})',
    },
  }),
  check(r) {
    const t = new Tally(this.meta);
    let found = false;
    for (const side of ['bud', 'fin'] as const) {
      const s = sangongSlots(r, 'fa07', side);
      if (!s) continue;
      found = true;
      identity(
        t,
        s.table,
        [`${SIDE_LABEL[side]} ${L.carSub}`, s.slots.carSub],
        [
          [L.carBuy!, s.slots.carBuy],
          [L.carRun!, s.slots.carRun],
        ],
        { data: { side: SIDE_LABEL[side] } },
      );
    }
    if (!found) return insufficient('公开07 “三公”经费支出决算表 was not found');
    return t.result({ outcome: 'not-applicable', reason: '公开07 prints no vehicle amounts' });
  },
};
