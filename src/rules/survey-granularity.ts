import { Decimal } from 'decimal.js';
import { factsOf, whereOf } from './_lib/narrative.js';
import { finding, Tally } from './_lib/finding.js';
import { computed, single } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'survey-granularity',
  description: 'A satisfaction share from N questionnaires is a multiple of 100/N % (not when it is a mean score)',
  messages: {
    zh: '{where}：{n} 份问卷的满意比例应为 {step}% 的整数倍，文中为 {left}%（若为平均分则不适用）',
    en: '{where}: with {n} questionnaires a share is a multiple of {step}%, but the text says {left}% (unless it is a mean score)',
  },
});

export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    const survey = factsOf(r, 'count').find((c) => c.what === '问卷');
    if (!survey || survey.figure.value.isZero()) return t.result({ outcome: 'not-applicable', reason: 'no questionnaire count stated' });
    const n = survey.figure.value;
    const step = new Decimal(100).div(n);
    const seen = new Set<string>();
    for (const c of factsOf(r, 'claim')) {
      if (c.metric !== '满意度' || seen.has(c.value.value.toString())) continue;
      seen.add(c.value.value.toString());
      t.checked++;
      const k = c.value.value.times(n).div(100);
      if (k.isInteger()) continue;
      const left = single('满意度', c.value);
      const right = computed(`${n.toFixed()} 份问卷的可取值`, k.round().times(step), new Decimal(0), [{ label: '问卷份数', figure: survey.figure }]);
      t.add(
        finding(
          meta,
          left,
          right,
          { difference: left.value.minus(right.value), tolerance: new Decimal(0) },
          { where: whereOf(c), n: n.toFixed(), step: step.toDecimalPlaces(4).toFixed() },
        ),
      );
    }
    return t.result({ outcome: 'not-applicable', reason: 'no satisfaction share stated' });
  },
};
export default rule;
