import { itemName, scorerOf, stName } from './_lib/performance.js';
import { figureOf } from '../extract/records.js';
import { finding, Tally } from './_lib/finding.js';
import { computed, single } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'st-range-target',
  description: 'A range target "a--b" holds its actual in [a, b] (to display precision); outside it full marks are not allowed.',
  messages: {
    zh: '{table}「{row}」：实际完成值 {left} 不在指标区间 [{low}, {high}] 内{full}',
    en: '{table} "{row}": the actual {left} is outside the target range [{low}, {high}]{full}',
  },
});

export const rule: Rule = {
  meta,
  check(records) {
    const tally = new Tally(meta);
    if (!records.selfEval.length) return tally.result({ outcome: 'not-applicable', reason: 'no 自评表' });
    let ranges = 0;
    for (const t of records.selfEval) {
      for (const it of t.items) {
        if (it.target.comparator !== 'range' || !it.target.high) continue;
        ranges++;
        const lo = figureOf(it.target.slot);
        const a = figureOf(it.actual.slot);
        if (!lo || !a) continue;
        if (a.unit !== lo.unit && a.unit !== null && lo.unit !== null) continue;
        tally.checked++;
        const hi = it.target.high;
        // Display precision: the actual may hide half a unit of its last digit; the ends are targets, exact as written.
        const slack = a.halfUnit;
        const inside = a.value.plus(slack).gte(lo.value) && a.value.minus(slack).lte(hi.value);
        if (inside) continue;
        const scorer = scorerOf(t, it);
        const full =
          figureOf(scorer?.score) && figureOf(scorer?.weight) && figureOf(scorer?.score)!.value.eq(figureOf(scorer?.weight)!.value)
            ? '，却得满分 / yet scored full marks'
            : '';
        const below = a.value.lt(lo.value);
        const bound = below ? lo : hi;
        const left = single('实际完成值', a);
        const right = computed(below ? '区间下限' : '区间上限', bound.value, bound.halfUnit, [{ label: below ? '区间下限' : '区间上限', figure: bound }]);
        tally.add(
          finding(
            meta,
            left,
            right,
            { difference: a.value.minus(bound.value), tolerance: slack },
            { table: stName(t), row: itemName(it), low: lo.value.toFixed(), high: hi.value.toFixed(), full },
          ),
        );
      }
    }
    if (!ranges) return tally.result({ outcome: 'not-applicable', reason: 'no range target in any 自评表' });
    return tally.result({ outcome: 'insufficient-data', reason: 'range targets without a numeric actual' });
  },
};
