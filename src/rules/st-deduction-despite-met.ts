import { Decimal } from 'decimal.js';
import { itemName, meets, scorerOf, stName } from './_lib/performance.js';
import { figureOf } from '../extract/records.js';
import { finding, Tally } from './_lib/finding.js';
import { single } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'st-deduction-despite-met',
  description: 'The target is met but the row scores less than its 分值 (a note for a reviewer).',
  messages: {
    zh: '{table}「{row}」：实际完成值 {actual} 已达到指标值 {target}，得分 {left} 低于分值 {right}',
    en: '{table} "{row}": the actual {actual} meets the target {target}, yet the score {left} is below the weight {right}',
  },
});

export const rule: Rule = {
  meta,
  check(records) {
    const tally = new Tally(meta);
    if (!records.selfEval.length) return tally.result({ outcome: 'not-applicable', reason: 'no 自评表' });
    for (const t of records.selfEval) {
      for (const it of t.items) {
        if (scorerOf(t, it) !== it) continue;
        const w = figureOf(it.weight);
        const s = figureOf(it.score);
        const m = meets(it.target, it.actual);
        if (!w || !s || m === 'unknown') continue;
        tally.checked++;
        if (m !== 'met' || !s.value.lt(w.value)) continue;
        const left = single('得分', s);
        const right = single('分值', w);
        tally.add(
          finding(
            meta,
            left,
            right,
            { difference: s.value.minus(w.value), tolerance: new Decimal(0) },
            { table: stName(t), row: itemName(it), actual: it.actual.printed.trim(), target: it.target.printed.trim() },
          ),
        );
      }
    }
    return tally.result({ outcome: 'insufficient-data', reason: 'no scored row with a numeric target and actual was extracted' });
  },
};
