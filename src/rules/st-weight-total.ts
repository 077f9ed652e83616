import { Decimal } from 'decimal.js';
import { itemName, scoredItems, stName } from './_lib/performance.js';
import { figureOf, type SelfEvalTable } from '../extract/records.js';
import { Tally } from './_lib/finding.js';
import { compare, computed, single, sum } from './_lib/interval.js';
import type { Operand, Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'st-weight-total',
  description: 'The 分值 of every scored row, the 预算执行率 row included, sum to 100 (and to the stated 总分 分值).',
  messages: {
    zh: '{table}：各项分值之和 {left} 不等于 {rightLabel} {right}',
    en: '{table}: the row weights sum to {left}, not {rightLabel} {right}',
  },
});

export function weightOperands(t: SelfEvalTable): Operand[] {
  const out: Operand[] = [];
  const fw = figureOf(t.fund?.weight);
  if (fw) out.push({ label: `${t.fund!.label} 分值`, figure: fw });
  for (const it of scoredItems(t)) {
    const f = figureOf(it.weight);
    if (f) out.push({ label: `${itemName(it)} 分值`, figure: f });
  }
  return out;
}

export const rule: Rule = {
  meta,
  check(records) {
    const tally = new Tally(meta);
    if (!records.selfEval.length) return tally.result({ outcome: 'not-applicable', reason: 'no 自评表' });
    for (const t of records.selfEval) {
      const ops = weightOperands(t);
      if (!ops.length) continue;
      const left = sum('Σ 分值', ops);
      const stated = figureOf(t.total?.weight);
      const right = stated ? single('总分分值', stated) : computed('满分', new Decimal(100), new Decimal(0), []);
      tally.compare(t.table, left, right, compare(left, right, { exact: true }), { table: stName(t) });
      if (stated && !stated.value.eq(100)) {
        const hundred = computed('满分', new Decimal(100), new Decimal(0), []);
        tally.compare(t.table, single('总分分值', stated), hundred, compare(single('总分分值', stated), hundred, { exact: true }), { table: stName(t) });
      }
    }
    return tally.result({ outcome: 'insufficient-data', reason: 'no 自评表 with row weights was extracted' });
  },
};
