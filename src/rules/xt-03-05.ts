import type { Rule } from './_lib/types.js';
import { Tally, insufficient } from './_lib/finding.js';
import { notAbove, rowLabel, rowOf } from './_lib/fa.js';
import { ruleMeta } from './_lib/meta.js';

export const rule: Rule = {
  meta: ruleMeta({
    id: 'xt-03-05',
    description: '公开05 rows ≤ 公开03 rows, per code and column (基本支出, 项目支出)',
    messages: {
      zh: '公开05 {leftLabel} {left} 超过公开03 {rightLabel} {right}（超出 {difference}）',
      en: '公开05 {leftLabel} {left} exceeds 公开03 {rightLabel} {right} (by {difference})',
    },
  }),
  check(r) {
    const t03 = r.fa.t03;
    const t05 = r.fa.t05;
    if (!t03 || !t05) return insufficient('公开03 or 公开05 was not found');
    const t = new Tally(this.meta);
    for (const row of t05.rows) {
      const other = rowOf(t03, row.code);
      for (const key of ['basic', 'project']) {
        notAbove(
          t,
          t05.table,
          [rowLabel(row, key === 'basic' ? '基本支出' : '项目支出'), row.values[key]],
          [other ? rowLabel(other, key === 'basic' ? '基本支出' : '项目支出') : `${row.code} (公开03 blank)`, other?.values[key]],
        );
      }
    }
    return t.result({ outcome: 'insufficient-data', reason: '公开05 prints no amounts' });
  },
};
