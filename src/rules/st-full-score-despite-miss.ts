import { Decimal } from 'decimal.js';
import { itemName, meets, scorerOf, stName } from './_lib/performance.js';
import { figureOf } from '../extract/records.js';
import { finding, Tally } from './_lib/finding.js';
import { single } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'st-full-score-despite-miss',
  description: 'A numeric target is missed (below a ≥/> target, above a ≤ target, outside a range) yet the row scores its full 分值.',
  messages: {
    zh: '{table}「{row}」：实际完成值 {actual} 未达到指标值 {target}，却得满分 {left}/{right}',
    en: '{table} "{row}": the actual {actual} misses the target {target}, yet the row scores full marks {left}/{right}',
  },
});

export const rule: Rule = {
  meta,
  check(records) {
    const tally = new Tally(meta);
    if (!records.selfEval.length) return tally.result({ outcome: 'not-applicable', reason: 'no 自评表' });
    for (const t of records.selfEval) {
      for (const it of t.items) {
        const scorer = scorerOf(t, it);
        const w = figureOf(scorer?.weight);
        const s = figureOf(scorer?.score);
        const m = meets(it.target, it.actual);
        if (!w || !s || m === 'unknown') continue;
        tally.checked++;
        if (m !== 'missed' || !s.value.eq(w.value)) continue;
        const left = single('得分', s);
        const right = single('分值', w);
        const f = finding(
          meta,
          left,
          right,
          { difference: new Decimal(0), tolerance: new Decimal(0) },
          { table: stName(t), row: itemName(it), actual: it.actual.printed.trim(), target: it.target.printed.trim() },
        );
        f.evidence.push(figureOf(it.target.slot)!.evidence, figureOf(it.actual.slot)!.evidence);
        tally.add(f);
      }
    }
    return tally.result({ outcome: 'insufficient-data', reason: 'no scored row with a numeric target and actual was extracted' });
  },
};
