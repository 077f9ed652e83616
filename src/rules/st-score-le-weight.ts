import { Decimal } from 'decimal.js';
import { itemName, scoredItems, stName } from './_lib/performance.js';
import { type Figure, figureOf } from '../extract/records.js';
import { Tally } from './_lib/finding.js';
import { atMost, computed, single } from './_lib/interval.js';
import type { Rule, Side } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'st-score-le-weight',
  description: 'Every row scores between 0 and its 分值 ("各项指标得分最高不能超过该指标分值上限").',
  messages: {
    zh: '{table}「{row}」：得分 {left} 超出 [0, 分值 {right}]',
    en: '{table} "{row}": score {left} is outside [0, weight {right}]',
  },
});

const ZERO = new Decimal(0);
/** T-SCORE: scores and weights are exact decimals, so a side carries no rounding envelope. */
const exact = (label: string, f: Figure): Side => ({ ...single(label, f), low: f.value, high: f.value });

export const rule: Rule = {
  meta,
  check(records) {
    const tally = new Tally(meta);
    if (!records.selfEval.length) return tally.result({ outcome: 'not-applicable', reason: 'no 自评表' });
    for (const t of records.selfEval) {
      const rows = [
        ...(t.fund ? [{ name: t.fund.label, weight: figureOf(t.fund.weight), score: figureOf(t.fund.score) }] : []),
        ...scoredItems(t).map((it) => ({ name: itemName(it), weight: figureOf(it.weight), score: figureOf(it.score) })),
      ];
      for (const r of rows) {
        if (!r.weight || !r.score) continue;
        const score = exact('得分', r.score);
        const data = { table: stName(t), row: r.name };
        if (r.score.value.lt(0)) {
          tally.compare(t.table, score, computed('0', ZERO, ZERO, []), { agreement: 'differs', difference: r.score.value, tolerance: ZERO }, data);
          continue;
        }
        const weight = exact('分值', r.weight);
        tally.compare(t.table, score, weight, atMost(score, weight), data);
      }
    }
    return tally.result({ outcome: 'insufficient-data', reason: 'no scored row with both 分值 and 得分 was extracted' });
  },
};
