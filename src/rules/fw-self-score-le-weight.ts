import { Decimal } from 'decimal.js';
import { figureOf, leavesOf } from '../extract/records.js';
import { Tally } from './_lib/finding.js';
import { atMost, single } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'fw-self-score-le-weight',
  description: 'Every leaf 自评分 lies in [0, its weight].',
  messages: {
    zh: '{table}「{node}」：自评分 {left} 超出 [0, 权重 {right}]',
    en: '{table} "{node}": self-score {left} is outside [0, weight {right}]',
  },
});

export const rule: Rule = {
  meta,
  check(records) {
    const tally = new Tally(meta);
    if (!records.frameworks.length) return tally.result({ outcome: 'not-applicable', reason: 'no 共性指标框架' });
    for (const fw of records.frameworks) {
      for (const leaf of leavesOf(fw)) {
        const s = figureOf(leaf.selfScore);
        if (!s || !leaf.weight) continue;
        const left = { ...single('自评分', s), low: s.value, high: s.value };
        const right = { ...single('权重', leaf.weight), low: leaf.weight.value, high: leaf.weight.value };
        const cmp = s.value.lt(0) ? { agreement: 'differs' as const, difference: s.value, tolerance: new Decimal(0) } : atMost(left, right);
        tally.compare(fw.table, left, right, cmp, { table: fw.table, node: leaf.name });
      }
    }
    return tally.result({ outcome: 'insufficient-data', reason: 'no leaf with both a weight and a 自评分 was extracted' });
  },
};
