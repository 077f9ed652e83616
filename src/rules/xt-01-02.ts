import type { Rule } from './_lib/types.js';
import { Tally, insufficient } from './_lib/finding.js';
import { identity, rowOf, same, slotOf } from './_lib/fa.js';
import { ruleMeta } from './_lib/meta.js';

const PAIRS: [string, string, string][] = [
  ['L4', 'upper', '上级补助收入'],
  ['L5', 'business', '事业收入'],
  ['L6', 'operating', '经营收入'],
  ['L7', 'affiliate', '附属单位上缴收入'],
  ['L8', 'other', '其他收入'],
];

export const rule: Rule = {
  meta: ruleMeta({
    id: 'xt-01-02',
    description: '公开01 income = 公开02 合计 row: 本年收入合计, fiscal (lines 1–3), and each other source',
    messages: {
      zh: '公开01 {leftLabel} {left} ≠ 公开02 合计行 {rightLabel} {right}（差 {difference}）',
      en: '公开01 {leftLabel} {left} ≠ 公开02 合计 row {rightLabel} {right} (difference {difference})',
    },
  }),
  check(r) {
    const t01 = r.fa.t01;
    const total = rowOf(r.fa.t02, '*');
    if (!t01 || !r.fa.t02) return insufficient('公开01 or 公开02 was not found');
    if (!total) return insufficient('公开02 prints no 合计 row');
    const t = new Tally(this.meta);
    const v = (k: string) => slotOf(t01.in[k], 'amount');
    same(t, t01.table, ['本年收入合计', v('total')], ['本年收入合计', total.values.total]);
    // The three 财政拨款 lines of 公开01 against the one 财政拨款收入 column of 公开02 (T-AMT(3)).
    identity(
      t,
      t01.table,
      ['公开02 合计 › 财政拨款收入', total.values.fiscal],
      [
        ['一般公共预算财政拨款收入', v('L1')],
        ['政府性基金预算财政拨款收入', v('L2')],
        ['国有资本经营预算财政拨款收入', v('L3')],
      ],
    );
    for (const [line, key, name] of PAIRS) same(t, t01.table, [name, v(line)], [name, total.values[key]]);
    return t.result({ outcome: 'insufficient-data', reason: 'neither table prints income amounts' });
  },
};
