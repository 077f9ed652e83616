import type { Rule } from './_lib/types.js';
import { Tally, insufficient } from './_lib/finding.js';
import { rowLabel, rowOf, same } from './_lib/fa.js';
import { ruleMeta } from './_lib/meta.js';

export const rule: Rule = {
  meta: ruleMeta({
    id: 'xt-02-03-func',
    description: 'With no carryover, 公开02 income by code equals 公开03 expense by code (info: carryovers explain a gap)',
    messages: {
      zh: '{code}：公开02 收入 {left} 与公开03 支出 {right} 不同（差 {difference}，可能由结转结余解释）',
      en: '{code}: 公开02 income {left} differs from 公开03 expense {right} (difference {difference}; carryovers may explain it)',
    },
  }),
  check(r) {
    const t02 = r.fa.t02;
    const t03 = r.fa.t03;
    if (!t02 || !t03) return insufficient('公开02 or 公开03 was not found');
    const t = new Tally(this.meta);
    const codes = new Set([...t02.rows, ...t03.rows].map((x) => x.code));
    for (const code of codes) {
      const a = rowOf(t02, code);
      const b = rowOf(t03, code);
      same(
        t,
        t02.table,
        [a ? rowLabel(a, '本年收入合计') : `${code} (公开02 blank)`, a?.values.total],
        [b ? rowLabel(b, '本年支出合计') : `${code} (公开03 blank)`, b?.values.total],
        { data: { code: code === '*' ? '合计' : code } },
      );
    }
    return t.result({ outcome: 'insufficient-data', reason: 'neither table prints totals by code' });
  },
};
