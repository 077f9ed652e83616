import { figureOf, leavesOf } from '../extract/records.js';
import { Tally } from './_lib/finding.js';
import { compare, single, sum } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'fw-self-score-total',
  description: 'The stated 自评分 total equals the sum of the leaf 自评分.',
  messages: {
    zh: '{table}：自评分合计 {left} ≠ 各三级自评分之和 {right}（差 {difference}）',
    en: '{table}: the stated self-score total {left} is not the sum of the leaf self-scores {right} (difference {difference})',
  },
});

export const rule: Rule = {
  meta,
  check(records) {
    const tally = new Tally(meta);
    if (!records.frameworks.length) return tally.result({ outcome: 'not-applicable', reason: 'no 共性指标框架' });
    for (const fw of records.frameworks) {
      const total = figureOf(fw.totalSelfScore);
      const ops = leavesOf(fw).flatMap((l) => (figureOf(l.selfScore) ? [{ label: `${l.name} 自评分`, figure: figureOf(l.selfScore)! }] : []));
      if (!total || !ops.length) continue;
      const left = single('自评分合计', total);
      const right = sum('Σ 自评分', ops);
      tally.compare(fw.table, left, right, compare(left, right, { exact: true }), { table: fw.table });
    }
    return tally.result({ outcome: 'insufficient-data', reason: 'no framework with a 自评分 total and leaf 自评分 was extracted' });
  },
};
