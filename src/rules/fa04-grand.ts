import type { Rule } from './_lib/types.js';
import { Tally, insufficient } from './_lib/finding.js';
import { identity, same, slotOf } from './_lib/fa.js';
import { ruleMeta } from './_lib/meta.js';

const COLS: [string, string][] = [
  ['total', '合计'],
  ['gpb', '一般公共预算'],
  ['gf', '政府性基金'],
  ['soe', '国有资本经营'],
];

export const rule: Rule = {
  meta: ruleMeta({
    id: 'fa04-grand',
    description: '公开04: 收入总计 = 本年收入合计 + 年初; 支出总计 = 本年支出合计 + 年末 (per column); the two 总计 are equal',
    messages: {
      zh: '公开04 {leftLabel} {left} ≠ {rightLabel} = {right}（差 {difference}）',
      en: '公开04 {leftLabel} {left} ≠ {rightLabel} = {right} (difference {difference})',
    },
  }),
  check(r) {
    const t04 = r.fa.t04;
    if (!t04) return insufficient('公开04 财政拨款收入支出决算总表 was not found');
    const t = new Tally(this.meta);
    identity(
      t,
      t04.table,
      ['收入总计', slotOf(t04.in.grand, 'amount')],
      [
        ['本年收入合计', slotOf(t04.in.total, 'amount')],
        ['年初财政拨款结转和结余', slotOf(t04.in.opening, 'amount')],
      ],
    );
    for (const [k, name] of COLS) {
      identity(
        t,
        t04.table,
        [`支出总计 › ${name}`, slotOf(t04.out.grand, k)],
        [
          [`本年支出合计 › ${name}`, slotOf(t04.out.total, k)],
          [`年末财政拨款结转和结余 › ${name}`, slotOf(t04.out.closing, k)],
        ],
      );
    }
    same(t, t04.table, ['收入总计', slotOf(t04.in.grand, 'amount')], ['支出总计 › 合计', slotOf(t04.out.grand, 'total')]);
    return t.result({ outcome: 'insufficient-data', reason: '公开04 prints no 总计' });
  },
};
