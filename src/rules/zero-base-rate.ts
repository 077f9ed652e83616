import { Decimal } from 'decimal.js';
import { factsOf, impliedPrior, whereOf } from './_lib/narrative.js';
import { rateBudget } from './_lib/table-values.js';
import { doubtOf, gated } from './_lib/binding.js';
import { finding, Tally } from './_lib/finding.js';
import { computed, single } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { readingsOf } from './_lib/yoy.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'zero-base-rate',
  description: 'No rate is stated when its denominator is 0 (年初预算 0, prior year 0)',
  messages: {
    zh: '{where}：分母 {rightLabel} 为 0，却给出比率 {left}%',
    en: '{where}: a rate of {left}% is given although its base {rightLabel} is 0',
  },
});

export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    const zero = new Decimal(0);
    for (const f of factsOf(r, 'rate')) {
      // The budget the text states, else the 三公 table's (上海普陀 2024 七(一): "因公出国（境）费决算为0.00万元，完成预算的0%" on a blank 预算).
      const den = rateBudget(r, f);
      if (!den) continue;
      t.checked++;
      if (den.figure.value.isZero()) {
        const gate = gated(meta.severity, den.table ? null : doubtOf(f));
        t.add(
          finding(
            meta,
            single('文中比率', f.pct),
            single(den.label, den.figure),
            { difference: f.pct.value, tolerance: zero },
            { where: whereOf(f), ...gate.data },
            { severity: gate.severity },
          ),
        );
      }
    }
    for (const y of factsOf(r, 'yoy')) {
      if (!y.pct || !y.current) continue;
      t.checked++;
      const priors = readingsOf(y).map((d) => impliedPrior(y, d)!);
      if (priors.every((p) => p.value.isZero()))
        t.add(
          finding(
            meta,
            single('文中百分比', y.pct),
            computed('上年数', zero, zero, [{ label: '上年数', figure: priors[0]! }]),
            { difference: y.pct.value, tolerance: zero },
            { where: whereOf(y) },
          ),
        );
    }
    // 五(三) items with 年初预算 0 must carry no completion rate (004 items 2, 3, 5, 6, 7): each is a checked instance.
    for (const it of factsOf(r, 'item')) if (it.init?.figure.value.isZero()) t.checked++;
    return t.result({ outcome: 'not-applicable', reason: 'no rate and no zero budget in the text' });
  },
};
export default rule;
