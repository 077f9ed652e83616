import type { Rule } from './_lib/types.js';
import { Tally, insufficient } from './_lib/finding.js';
import { rowLabel, rowOf, same, slotOf } from './_lib/fa.js';
import { ruleMeta } from './_lib/meta.js';

export const rule: Rule = {
  meta: ruleMeta({
    id: 'xt-01-03',
    description: '公开01 expense = 公开03: 本年支出合计 ↔ 合计, each 功能分类 类 line ↔ its 3-digit row',
    messages: {
      zh: '公开01 {leftLabel} {left} ≠ 公开03 {rightLabel} {right}（差 {difference}）',
      en: '公开01 {leftLabel} {left} ≠ 公开03 {rightLabel} {right} (difference {difference})',
    },
  }),
  check(r) {
    const t01 = r.fa.t01;
    const t03 = r.fa.t03;
    if (!t01 || !t03) return insufficient('公开01 or 公开03 was not found');
    const t = new Tally(this.meta);
    same(t, t01.table, ['本年支出合计', slotOf(t01.out.total, 'amount')], ['合计 › 本年支出合计', rowOf(t03, '*')?.values.total]);
    const codes = new Set([...t01.func.map((l) => l.code!), ...t03.rows.filter((x) => x.code.length === 3).map((x) => x.code)]);
    for (const code of codes) {
      const line = t01.func.find((l) => l.code === code);
      const row = rowOf(t03, code);
      same(
        t,
        t01.table,
        [line?.label ?? `${code} (公开01 blank)`, slotOf(line, 'amount')],
        [row ? rowLabel(row, '本年支出合计') : `${code} (公开03 blank)`, row?.values.total],
      );
    }
    return t.result({ outcome: 'insufficient-data', reason: 'neither table prints expense amounts' });
  },
};
