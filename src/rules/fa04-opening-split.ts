import type { Rule } from './_lib/types.js';
import { Tally, insufficient } from './_lib/finding.js';
import { identity, lineLabel, slotOf } from './_lib/fa.js';
import { ruleMeta } from './_lib/meta.js';

export const rule: Rule = {
  meta: ruleMeta({
    id: 'fa04-opening-split',
    description: '公开04: 年初财政拨款结转和结余 = its three fund lines; 年末 = its three fund columns',
    messages: {
      zh: '公开04 {leftLabel} {left} ≠ 分资金来源之和 {right}（差 {difference}）',
      en: '公开04 {leftLabel} {left} ≠ sum by fund {right} (difference {difference})',
    },
  }),
  check(r) {
    const t04 = r.fa.t04;
    if (!t04) return insufficient('公开04 财政拨款收入支出决算总表 was not found');
    const t = new Tally(this.meta);
    const s = (k: string, f: string): [string, ReturnType<typeof slotOf>] => [lineLabel(t04.in[k], f), slotOf(t04.in[k], 'amount')];
    identity(t, t04.table, s('opening', '年初财政拨款结转和结余'), [
      s('openingGpb', '一般公共预算财政拨款'),
      s('openingGf', '政府性基金预算财政拨款'),
      s('openingSoe', '国有资本经营预算财政拨款'),
    ]);
    const c = t04.out.closing;
    identity(
      t,
      t04.table,
      ['年末财政拨款结转和结余 合计', slotOf(c, 'total')],
      [
        ['一般公共预算', slotOf(c, 'gpb')],
        ['政府性基金', slotOf(c, 'gf')],
        ['国有资本经营', slotOf(c, 'soe')],
      ],
    );
    return t.result({ outcome: 'not-applicable', reason: '公开04 prints no 结转和结余 amounts' });
  },
};
