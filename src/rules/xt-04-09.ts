import type { Rule } from './_lib/types.js';
import { Tally, insufficient } from './_lib/finding.js';
import { rowOf, same, slotOf } from './_lib/fa.js';
import { ruleMeta } from './_lib/meta.js';

export const rule: Rule = {
  meta: ruleMeta({
    id: 'xt-04-09',
    description: '公开09 本年支出 合计 = 公开04 国有资本经营 column; 年初/年末 = the 04 国有资本经营 lines',
    messages: {
      zh: '公开09 {leftLabel} {left} ≠ 公开04 {rightLabel} {right}（差 {difference}）',
      en: '公开09 {leftLabel} {left} ≠ 公开04 {rightLabel} {right} (difference {difference})',
    },
  }),
  check(r) {
    const t04 = r.fa.t04;
    const t = r.fa.t09;
    if (!t04 || !t) return insufficient('公开04 or 公开09 was not found');
    const tally = new Tally(this.meta);
    const total = rowOf(t, '*');
    const key = 'total';
    same(tally, t.table, ['合计 › 本年支出', total?.values[key]], ['本年支出合计 › 国有资本经营', slotOf(t04.out.total, 'soe')]);
    const cap = 'soe'.charAt(0).toUpperCase() + 'soe'.slice(1);
    if (t.keys.includes('opening'))
      same(
        tally,
        t.table,
        ['合计 › 年初结转和结余', total?.values.opening],
        ['年初财政拨款结转和结余 › 国有资本经营', slotOf(t04.in[`opening${cap}`], 'amount')],
      );
    if (t.keys.includes('closing'))
      same(tally, t.table, ['合计 › 年末结转和结余', total?.values.closing], ['年末财政拨款结转和结余 › 国有资本经营', slotOf(t04.out.closing, 'soe')]);
    return tally.result({ outcome: 'not-applicable', reason: 'neither table prints 国有资本经营 amounts' });
  },
};
