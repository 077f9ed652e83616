import { type Figure, figureOf, type SelfEvalTable } from '../extract/records.js';
import { itemName, scoredItems, stName } from './_lib/performance.js';
import { Tally } from './_lib/finding.js';
import { compare, fmt, single, sum } from './_lib/interval.js';
import type { Operand, Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'st-score-total',
  description: 'The stated 总分/合计 equals the sum of every scored row, the 预算执行率 / 年度资金总额 row included.',
  messages: {
    zh: '{table}：总分 {left} 不等于各项得分之和 {right}（差 {difference}）{hint}',
    en: '{table}: the stated total score {left} is not the sum of the row scores {right} (difference {difference}){hint}',
  },
});

/** The scored rows of a table: the 资金 row and every row printing its own 得分. */
export function scoreOperands(t: SelfEvalTable): Operand[] {
  const out: Operand[] = [];
  const fs = figureOf(t.fund?.score);
  if (fs) out.push({ label: `${t.fund!.label} 得分`, figure: fs });
  for (const it of scoredItems(t)) {
    const f = figureOf(it.score);
    if (f) out.push({ label: `${itemName(it)} 得分`, figure: f });
  }
  return out;
}

/** Which single row, left out, makes the sum equal the stated total (spec C: 001 leaves out 预算执行率). */
function excludedRow(stated: Figure, ops: Operand[]): Operand | null {
  const all = sum('Σ', ops).value;
  return ops.find((o) => all.minus(o.figure.value).eq(stated.value)) ?? null;
}

export const rule: Rule = {
  meta,
  check(records) {
    const tally = new Tally(meta);
    if (!records.selfEval.length) return tally.result({ outcome: 'not-applicable', reason: 'no 自评表' });
    for (const t of records.selfEval) {
      const stated = figureOf(t.total?.score);
      const ops = scoreOperands(t);
      if (!stated || !ops.length) continue;
      const left = single('总分', stated);
      const right = sum('Σ 得分', ops);
      // T-SCORE: scores are exact decimals; no rounding slack.
      const cmp = compare(left, right, { exact: true });
      let hint = '';
      let diagnostic: string | undefined;
      if (cmp.agreement === 'differs') {
        const ex = excludedRow(stated, ops);
        if (ex) {
          diagnostic = 'matches-sum-excluding-row';
          hint = `；它等于去掉「${ex.label}」(${fmt(ex.figure.value)}) 后的和 / it equals the sum without "${ex.label}"`;
        }
      }
      tally.compare(t.table, left, right, cmp, { table: stName(t), hint }, diagnostic ? { diagnostic } : {});
    }
    return tally.result({ outcome: 'insufficient-data', reason: 'no 自评表 with a stated total and scored rows was extracted' });
  },
};
