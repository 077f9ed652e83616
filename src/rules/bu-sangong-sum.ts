import type { Slot } from '../extract/records.js';
import type { Rule } from './_lib/types.js';
import { Tally, insufficient } from './_lib/finding.js';
import { identity, SANGONG_LABEL as L, sangongGroups, sangongParts } from './_lib/fa.js';
import { ruleMeta } from './_lib/meta.js';

export const rule: Rule = {
  meta: ruleMeta({
    id: 'bu-sangong-sum',
    description: '预算 “三公”经费预算表: 合计 = 因公出国（境） + 公务用车购置及运行 + 公务接待; 小计 = 购置 + 运行',
    messages: {
      zh: '“三公”经费预算表 {leftLabel} {left} ≠ {rightLabel} = {right}（差 {difference}）',
      en: '“三公” budget table: {leftLabel} {left} ≠ {rightLabel} = {right} (difference {difference})',
    },
  }),
  check(r) {
    const s = sangongGroups(r, 'bu09', 'bud');
    if (!s) return insufficient('the “三公”经费预算表 was not found');
    const t = new Tally(this.meta);
    // Each unit's row and each budget's columns add up on their own. A group that prints no total (or
    // no vehicle 小计) states no identity to check: an absent total is not a blank one.
    for (const { label, slots: x } of s.groups) {
      const named = (l: string): string => (label ? `${label} ${l}` : l);
      const parts = (ps: [string, Slot | undefined][]): [string, Slot | undefined][] => ps.map(([l, v]) => [named(l), v]);
      if (x.total) identity(t, s.table, [named(L.total!), x.total], parts(sangongParts(x)));
      if (x.carSub && (x.carBuy || x.carRun))
        identity(
          t,
          s.table,
          [named(L.carSub!), x.carSub],
          parts([
            [L.carBuy!, x.carBuy],
            [L.carRun!, x.carRun],
          ]),
        );
    }
    return t.result({ outcome: 'not-applicable', reason: 'the table prints no 三公 amounts' });
  },
};
