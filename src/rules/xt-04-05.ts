import type { Rule } from './_lib/types.js';
import { Tally, insufficient } from './_lib/finding.js';
import { rowLabel, rowOf, same, slotOf } from './_lib/fa.js';
import { ruleMeta } from './_lib/meta.js';

export const rule: Rule = {
  meta: ruleMeta({
    id: 'xt-04-05',
    description: '公开05 合计 = 公开04 本年支出合计 (一般公共预算 column); each 05 类 row = the 04 类 line',
    messages: {
      zh: '公开05 {leftLabel} {left} ≠ 公开04 {rightLabel} {right}（差 {difference}）',
      en: '公开05 {leftLabel} {left} ≠ 公开04 {rightLabel} {right} (difference {difference})',
    },
  }),
  check(r) {
    const t04 = r.fa.t04;
    const t05 = r.fa.t05;
    if (!t04 || !t05) return insufficient('公开04 or 公开05 was not found');
    const t = new Tally(this.meta);
    same(t, t05.table, ['合计 › 小计', rowOf(t05, '*')?.values.subtotal], ['本年支出合计 › 一般公共预算财政拨款', slotOf(t04.out.total, 'gpb')]);
    const codes = new Set([...t04.func.map((l) => l.code!), ...t05.rows.filter((x) => x.code.length === 3).map((x) => x.code)]);
    for (const code of codes) {
      const row = rowOf(t05, code);
      const line = t04.func.find((l) => l.code === code);
      same(
        t,
        t05.table,
        [row ? rowLabel(row, '小计') : `${code} (公开05 blank)`, row?.values.subtotal],
        [`${line?.label ?? code} › 一般公共预算财政拨款`, slotOf(line, 'gpb')],
      );
    }
    return t.result({ outcome: 'insufficient-data', reason: 'neither table prints the amounts compared' });
  },
};
