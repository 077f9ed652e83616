import { Decimal } from 'decimal.js';
import { mfig, stName } from './_lib/performance.js';
import { figureOf } from '../extract/records.js';
import { finding, Tally } from './_lib/finding.js';
import { computed, fmt, single } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'st-exec-score',
  description:
    'The 预算执行率 row scores 分值 × min(1, 执行率) where the template says so; otherwise its score fits at least one recognised rule (分值×执行率, the framework rule, a proportional rule).',
  messages: {
    zh: '{table}「{row}」：得分 {left} 不符合 {rules}（分值 {weight}，执行率 {rate}%，应得 {right}）',
    en: '{table} "{row}": score {left} fits no rule of {rules} (weight {weight}, rate {rate}%, expected {right})',
  },
});

const ONE = new Decimal(1);
const ZERO = new Decimal(0);
const HUNDRED = new Decimal(100);
const TOL = new Decimal('0.01');

const clamp = (v: Decimal, w: Decimal): Decimal => Decimal.max(ZERO, Decimal.min(w, v));

export const rule: Rule = {
  meta,
  check(records) {
    const tally = new Tally(meta);
    if (!records.selfEval.length) return tally.result({ outcome: 'not-applicable', reason: 'no 自评表' });
    for (const t of records.selfEval) {
      const row = t.fund;
      const w = figureOf(row?.weight);
      const s = figureOf(row?.score);
      const stated = mfig(row?.rate);
      if (!row || !w || !s || !stated) continue;
      tally.checked++;
      const ex = figureOf(row.executed);
      const full = figureOf(row.fullBudget);
      const rates = [stated.value.div(100)];
      if (ex && full && !full.value.isZero()) rates.push(ex.value.div(full.value));
      const byRate = rates.map((r) => w.value.times(Decimal.min(ONE, r)));
      const explicit = t.template.scoreFormula === 'weight×rate';
      // The framework rule scaled to the row's weight (fwd-exec-rate: 5 points, −1 per pp below 100).
      const framework = rates.map((r) => clamp(w.value.minus(w.value.div(5).times(HUNDRED.minus(r.times(100)))), w.value));
      const candidates = explicit ? byRate : [...byRate, ...framework];
      if (candidates.some((c) => c.minus(s.value).abs().lte(TOL))) continue;
      // Expected on the recomputed rate when the cells give it (000: 10 × 1095.69/38706.47 = 0.28), else on the stated one.
      const expected = byRate[byRate.length - 1]!;
      const left = single('得分', s);
      const right = computed('分值×min(1,执行率)', expected, TOL, [
        { label: '分值', figure: w },
        { label: '执行率', figure: stated },
      ]);
      const data = {
        table: stName(t),
        row: row.label,
        rules: explicit ? '得分 = 分值 × 执行率' : '分值×执行率 / 框架规则 / 比例计分',
        weight: fmt(w.value),
        rate: fmt(stated.value),
      };
      // 001: the rate is above 100 and the report allows "按照偏离度适度调减" — ambiguous, an info (001-I4).
      if (!explicit && rates[0]!.gt(1) && s.value.lt(w.value) && t.template.deviationDeduction) {
        tally.add(
          finding(meta, left, right, { difference: s.value.minus(expected), tolerance: TOL }, data, {
            severity: 'info',
            diagnostic: 'over-execution-deduction-allowed',
          }),
        );
        continue;
      }
      tally.add(finding(meta, left, right, { difference: s.value.minus(expected), tolerance: TOL }, data, { severity: explicit ? 'error' : 'warning' }));
    }
    return tally.result({ outcome: 'insufficient-data', reason: 'no 预算执行率 row with 分值, 得分 and 执行率 was extracted' });
  },
};
