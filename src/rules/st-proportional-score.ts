import { Decimal } from 'decimal.js';
import { itemName, meets, scorerOf, stName } from './_lib/performance.js';
import { figureOf } from '../extract/records.js';
import { finding, Tally } from './_lib/finding.js';
import { computed, fmt, single } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'st-proportional-score',
  description: 'Where the report adopts "按照完成值与指标值的比例计分", a missed target scores 分值 × actual / target (to 0.01).',
  messages: {
    zh: '{table}「{row}」：按完成值与指标值的比例计分应得 {right}（{weight} × {actual}/{target}），表中为 {left}',
    en: '{table} "{row}": the proportional rule gives {right} ({weight} × {actual}/{target}); the table scores {left}',
  },
});

export const rule: Rule = {
  meta,
  check(records) {
    const tally = new Tally(meta);
    const adopting = records.selfEval.filter((t) => t.template.proportional);
    if (!adopting.length) return tally.result({ outcome: 'not-applicable', reason: 'no report adopts the proportional scoring rule' });
    for (const t of adopting) {
      for (const it of t.items) {
        // Only a row scored on its own: a group's score cannot be split by row.
        if (scorerOf(t, it) !== it) continue;
        const w = figureOf(it.weight);
        const s = figureOf(it.score);
        const a = figureOf(it.actual.slot);
        const g = figureOf(it.target.slot);
        if (!w || !s || !a || !g || g.value.isZero() || it.target.comparator === 'range') continue;
        const m = meets(it.target, it.actual);
        if (m === 'unknown') continue;
        tally.checked++;
        if (m !== 'missed') continue;
        const expected = w.value.times(a.value).div(g.value);
        // T-SCORE: scores are exact to 0.01.
        if (expected.toDecimalPlaces(2).eq(s.value)) continue;
        const left = single('得分', s);
        const right = computed('分值×实际/指标', expected, new Decimal(0), [
          { label: '分值', figure: w },
          { label: '实际完成值', figure: a },
          { label: '指标值', figure: g },
        ]);
        tally.add(
          finding(
            meta,
            left,
            right,
            { difference: s.value.minus(expected), tolerance: new Decimal('0.005') },
            { table: stName(t), row: itemName(it), weight: fmt(w.value), actual: fmt(a.value), target: fmt(g.value), right: fmt(expected, 2) },
          ),
        );
      }
    }
    return tally.result({ outcome: 'insufficient-data', reason: 'no scored row with a numeric target and actual was extracted' });
  },
};
