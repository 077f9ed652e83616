import { mfig, stName } from './_lib/performance.js';
import { figureOf } from '../extract/records.js';
import { Tally } from './_lib/finding.js';
import { comparePercent, computed, single } from './_lib/interval.js';
import { tallyPercent } from './_lib/percent.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'st-exec-rate-recompute',
  description: '执行率 = 全年执行数 / 全年预算数 (004 备注); diagnostic denominator-is-initial-budget when the stated rate is 执行数 / 年初预算数.',
  messages: {
    zh: '{table}「{row}」：执行率 {left}% ≠ 全年执行数 {executed} / 全年预算数 {budget} = {right}%{hint}',
    en: '{table} "{row}": the stated rate {left}% is not 执行数 {executed} / 全年预算数 {budget} = {right}%{hint}',
  },
});

export const rule: Rule = {
  meta,
  check(records) {
    const tally = new Tally(meta);
    if (!records.selfEval.length) return tally.result({ outcome: 'not-applicable', reason: 'no 自评表' });
    for (const t of records.selfEval) {
      for (const row of t.fundRows) {
        const rate = mfig(row.rate);
        const ex = figureOf(row.executed);
        const full = figureOf(row.fullBudget);
        if (!rate || !ex || !full || full.value.isZero()) continue;
        const cmp = comparePercent(rate, { label: '全年执行数', figure: ex }, { label: '全年预算数', figure: full });
        const left = single('执行率', rate);
        const right = computed('执行数/全年预算数', cmp.computed, cmp.tolerance.minus(rate.halfUnit), [
          { label: '全年执行数', figure: ex },
          { label: '全年预算数', figure: full },
        ]);
        let hint = '';
        let diagnostic: string | undefined;
        const init = figureOf(row.initBudget);
        if (cmp.agreement === 'differs' && init && !init.value.isZero()) {
          const alt = comparePercent(rate, { label: '全年执行数', figure: ex }, { label: '年初预算数', figure: init });
          if (alt.agreement !== 'differs') {
            diagnostic = 'denominator-is-initial-budget';
            hint = `；它等于 执行数/年初预算数 ${init.value.toFixed()} = ${alt.computed.toDecimalPlaces(2).toFixed()}% / it equals 执行数 / 年初预算数`;
          }
        }
        const severity = t.template.rateDefined ? 'error' : 'warning';
        tallyPercent(
          tally,
          t.table,
          left,
          right,
          cmp,
          { table: stName(t), row: row.label, executed: ex.value.toFixed(), budget: full.value.toFixed(), hint },
          { severity, residual: true, ...(diagnostic ? { diagnostic } : {}) },
        );
      }
    }
    return tally.result({ outcome: 'insufficient-data', reason: 'no 资金 row with a stated rate, 执行数 and 全年预算数 was extracted' });
  },
};
