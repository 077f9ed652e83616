import type { Rule } from './_lib/types.js';
import { Tally, insufficient } from './_lib/finding.js';
import { rowOf, same, slotOf } from './_lib/fa.js';
import { ruleMeta } from './_lib/meta.js';

export const rule: Rule = {
  meta: ruleMeta({
    id: 'xt-04-08',
    description: '公开08 本年支出 合计 = 公开04 政府性基金 column; 年初/年末 = the 04 政府性基金 lines',
    messages: {
      zh: '公开08 {leftLabel} {left} ≠ 公开04 {rightLabel} {right}（差 {difference}）',
      en: '公开08 {leftLabel} {left} ≠ 公开04 {rightLabel} {right} (difference {difference})',
    },
  }),
  check(r) {
    const t04 = r.fa.t04;
    const t = r.fa.t08;
    if (!t04 || !t) return insufficient('公开04 or 公开08 was not found');
    const tally = new Tally(this.meta);
    const total = rowOf(t, '*');
    const key = total?.values.outSub ? 'outSub' : 'total';
    same(tally, t.table, ['合计 › 本年支出', total?.values[key]], ['本年支出合计 › 政府性基金', slotOf(t04.out.total, 'gf')]);
    const cap = 'gf'.charAt(0).toUpperCase() + 'gf'.slice(1);
    if (t.keys.includes('opening'))
      same(
        tally,
        t.table,
        ['合计 › 年初结转和结余', total?.values.opening],
        ['年初财政拨款结转和结余 › 政府性基金', slotOf(t04.in[`opening${cap}`], 'amount')],
      );
    if (t.keys.includes('closing'))
      same(tally, t.table, ['合计 › 年末结转和结余', total?.values.closing], ['年末财政拨款结转和结余 › 政府性基金', slotOf(t04.out.closing, 'gf')]);
    return tally.result({ outcome: 'not-applicable', reason: 'neither table prints 政府性基金 amounts' });
  },
};
