import type { LabelledLine } from '../extract/records.js';
import type { Rule } from './_lib/types.js';
import { Tally, insufficient } from './_lib/finding.js';
import { identity, slotOf } from './_lib/fa.js';
import { ruleMeta } from './_lib/meta.js';

export const rule: Rule = {
  meta: ruleMeta({
    id: 'fa04-row-sum',
    description: '公开04 each expense line: 合计 = 一般公共预算 + 政府性基金 + 国有资本经营 columns',
    messages: {
      zh: '公开04 {row}：合计 {left} ≠ 三列之和 {right}（差 {difference}）',
      en: '公开04 {row}: 合计 {left} ≠ sum of the three fund columns {right} (difference {difference})',
    },
  }),
  check(r) {
    const t04 = r.fa.t04;
    if (!t04) return insufficient('公开04 财政拨款收入支出决算总表 was not found');
    const t = new Tally(this.meta);
    const lines = [...t04.func, t04.out.total, t04.out.closing, t04.out.grand].filter((l): l is LabelledLine => l !== undefined);
    for (const l of lines) {
      identity(
        t,
        t04.table,
        [`${l.label} › 合计`, slotOf(l, 'total')],
        [
          [`${l.label} › 一般公共预算`, slotOf(l, 'gpb')],
          [`${l.label} › 政府性基金`, slotOf(l, 'gf')],
          [`${l.label} › 国有资本经营`, slotOf(l, 'soe')],
        ],
        { data: { row: l.label } },
      );
    }
    return t.result({ outcome: 'insufficient-data', reason: '公开04 prints no expense amounts' });
  },
};
