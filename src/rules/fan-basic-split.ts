import { factsOf, operand, textTable, whereOf } from './_lib/narrative.js';
import { lineItem } from './_lib/table-values.js';
import { Tally } from './_lib/finding.js';
import { compare, single, sum } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'fan-basic-split',
  description: '情况说明 六: 人员经费 + 公用经费 = 基本支出 = 公开05 合计.基本支出 (= 公开06 total)',
  messages: {
    zh: '{where}：{leftLabel} {left} 与 {rightLabel} {right} 不符（差额 {difference}，容差 {tolerance}）',
    en: '{where}: {leftLabel} {left} does not match {rightLabel} {right} (difference {difference}, tolerance {tolerance})',
  },
});

export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    const fa05 = lineItem(r, 'fa05', '*', /基本支出/);
    const fa06 = lineItem(r, 'fa06', '*', /合计|基本支出/);
    for (const b of factsOf(r, 'breakdown')) {
      if (b.docPart !== 'fa-notes' || b.family !== 'basic-split') continue;
      const parts = sum('人员经费 + 公用经费', b.components.map(operand));
      for (const [label, f] of [
        ['公开05 合计·基本支出', fa05],
        ['公开06 基本支出合计', fa06],
      ] as const) {
        if (!f) continue;
        const right = single(label, f);
        t.compare(textTable(b), parts, right, compare(parts, right), { where: whereOf(b) });
        const stated = single(`六 ${operand(b.total).label}`, b.total.figure);
        t.compare(textTable(b), stated, right, compare(stated, right, { exact: true }), { where: whereOf(b) });
      }
    }
    return t.result({ outcome: 'insufficient-data', reason: 'no 情况说明 六 split or no 公开05/06 basic total' });
  },
};
export default rule;
