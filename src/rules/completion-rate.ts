import { factsOf, operand, textTable, whereOf } from './_lib/narrative.js';
import { rateBudget } from './_lib/table-values.js';
import { Tally } from './_lib/finding.js';
import { doubtOf, gated } from './_lib/binding.js';
import { comparePercent, computed, fmt, single } from './_lib/interval.js';
import { tallyPercent } from './_lib/percent.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';
import { evFundRates } from './_lib/eval-funds.js';

const meta = ruleMeta({
  id: 'completion-rate',
  description: '"完成(年初)预算的 p%" (a narrative "执行率 p%" with its amounts, an evaluation\'s 执行率 column) recomputes as 100·final/budget',
  messages: {
    zh: '{where}：{num} / {den} = {right}%，{sourceZh}为 {left}%',
    en: '{where}: {num} / {den} = {right}%, but the {source} says {left}%',
  },
});

export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    for (const f of factsOf(r, 'rate')) {
      // Its budget as the sentence states it, or a 三公 item's own in the 三公 table (zero is zero-base-rate's).
      const budget = rateBudget(r, f);
      if (!f.num || !budget || budget.figure.value.isZero()) continue;
      const den = { label: budget.label, figure: budget.figure };
      const cmp = comparePercent(f.pct, operand(f.num), den);
      const left = single('文中比率', f.pct);
      const right = computed('100·决算/预算', cmp.computed, cmp.tolerance.minus(f.pct.halfUnit), [operand(f.num), den]);
      const gate = gated(meta.severity, doubtOf(f));
      tallyPercent(
        t,
        textTable(f),
        left,
        right,
        cmp,
        { where: whereOf(f), source: 'text', sourceZh: '文中', num: operand(f.num).label, den: den.label, right: fmt(cmp.computed, 2), ...gate.data },
        { severity: gate.severity },
      );
    }
    evFundRates(t, r);
    return t.result({ outcome: 'not-applicable', reason: "no rate with both its amounts in the text or an evaluation's money table" });
  },
};
export default rule;
