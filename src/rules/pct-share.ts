import { factsOf, operand, textTable, whereOf } from './_lib/narrative.js';
import { Tally } from './_lib/finding.js';
import { doubtOf, gated } from './_lib/binding.js';
import { comparePercent, computed, fmt, single } from './_lib/interval.js';
import { tallyPercent } from './_lib/percent.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'pct-share',
  description: 'A stated share "a 占 p%" recomputes as 100·a/base (T-PCT)',
  messages: {
    zh: '{where}：{part} 占 {base} 的比例应为 {right}%，文中为 {left}%',
    en: '{where}: {part} is {right}% of {base}, but the text says {left}%',
  },
});

export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    for (const s of factsOf(r, 'share')) {
      if (!s.part || !s.base || s.base.figure.value.isZero()) continue;
      const cmp = comparePercent(s.pct, operand(s.part), operand(s.base));
      const left = single('文中比例', s.pct);
      const right = computed('100·a/base', cmp.computed, cmp.tolerance.minus(s.pct.halfUnit), [operand(s.part), operand(s.base)]);
      const gate = gated(meta.severity, doubtOf(s));
      tallyPercent(
        t,
        textTable(s),
        left,
        right,
        cmp,
        { where: whereOf(s), part: operand(s.part).label, base: operand(s.base).label, right: fmt(cmp.computed, 2), ...gate.data },
        { severity: gate.severity },
      );
    }
    return t.result({ outcome: 'not-applicable', reason: 'no share with both its part and its base in the text' });
  },
};
export default rule;
