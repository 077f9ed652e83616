import { Decimal } from 'decimal.js';
import { type FactOf, figureOf } from '../extract/records.js';
import { mfig, stName } from './_lib/performance.js';
import { finding, Tally } from './_lib/finding.js';
import { computed, single } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'exec-rate-range',
  description:
    "A budget execution rate (自评表 资金 rows; the report's execution/completion rates) lies in [60, 100]: above 100 is over-execution, below 60 low, below 10 a sign of pass-through funds or a wrong base. Control-type rates are exempt from low; revenue completion and 追加-explained completion above 100 are info.",
  messages: {
    zh: '{table}「{row}」：{rateName} {left}% {problem}（区间 [60, 100]）',
    en: '{table} "{row}": the {rateNameEn} {left}% is {problemEn} (range [60, 100])',
  },
});

const HUNDRED = new Decimal(100);
const SIXTY = new Decimal(60);
const TEN = new Decimal(10);

/** Control-type rates are exempt from "low" (T-RATE): 三公, 会议费, 培训费, 机关运行经费, 公用经费. */
const CONTROL = /三公|公务接待|公务用车|因公出国|会议|培训|机关运行|公用经费|控制率/;

/**
 * Narrative rates (N.rate): 基金支出 / budget execution rates over 100 warn (001 失业 149%, 工伤 168%);
 * revenue completion over 100 and "完成年初预算" over 100 explained by 追加 are info (001-I1, 004 101.5%).
 * A narrative rate equal to a 自评表 rate already checked is the same quantity and is not reported twice (000 "执行率3%").
 */
function narrativeRates(records: Parameters<Rule['check']>[0], tally: Tally, stRates: Decimal[]): void {
  const rates = records.narrative.filter((f): f is FactOf<'rate'> => f.kind === 'rate');
  for (const r of rates) {
    const metric = r.metric ?? r.num?.metric ?? '';
    const pct = r.pct;
    tally.checked++;
    const over = pct.value.minus(pct.halfUnit).gt(HUNDRED);
    const low = pct.value.plus(pct.halfUnit).lt(SIXTY);
    if (!over && !low) continue;
    if (low && CONTROL.test(metric)) continue;
    if (stRates.some((v) => v.eq(pct.value))) continue;
    const revenue = /收入/.test(metric) && !/支出/.test(metric);
    const severity = over && (revenue || r.explainedByAddition) ? 'info' : 'warning';
    const diagnostic = over
      ? revenue
        ? 'revenue-completion'
        : r.explainedByAddition
          ? 'explained-by-addition'
          : undefined
      : pct.value.lt(TEN)
        ? 'pass-through-or-wrong-base'
        : undefined;
    const bound = over ? HUNDRED : SIXTY;
    const left = single(`${metric || '执行率'}（正文）`, pct);
    const right = computed(over ? '上限 100%' : '下限 60%', bound, new Decimal(0), []);
    const problem = over
      ? revenue
        ? '超过 100%（收入完成率，仅提示）'
        : r.explainedByAddition
          ? '超过 100%（已以年中追加说明，仅提示）'
          : '超过 100%（超预算执行）'
      : pct.value.lt(TEN)
        ? '低于 10%：预算数可能含代发/转拨资金或预算口径有误'
        : '低于 60%';
    const problemEn = over
      ? revenue
        ? 'above 100 (a revenue completion rate: a note)'
        : r.explainedByAddition
          ? 'above 100 (explained by 追加: a note)'
          : 'above 100 (over-execution)'
      : pct.value.lt(TEN)
        ? 'below 10: the budget probably includes pass-through funds or the wrong base'
        : 'below 60';
    tally.add(
      finding(
        meta,
        left,
        right,
        { difference: pct.value.minus(bound), tolerance: pct.halfUnit },
        {
          table: `正文 ${r.section ?? r.ref.block}`,
          row: r.ref.quote.slice(0, 40),
          problem,
          problemEn,
          rateName: r.rateKind === 'completion' ? `${metric}完成率` : `${metric}执行率`,
          rateNameEn: r.rateKind === 'completion' ? 'completion rate' : 'execution rate',
        },
        { severity, ...(diagnostic ? { diagnostic } : {}) },
      ),
    );
  }
}

/** Rates of the 自评表 资金 block, then the narrative's execution and completion rates (001-12). */
export const rule: Rule = {
  meta,
  check(records) {
    const tally = new Tally(meta);
    const hasRates = records.selfEval.length || records.narrative.some((f) => f.kind === 'rate');
    if (!hasRates) return tally.result({ outcome: 'not-applicable', reason: 'no 自评表 and no narrative rate (决算 table rates are checked elsewhere)' });
    const stRates: Decimal[] = [];
    for (const t of records.selfEval) {
      for (const row of t.fundRows) {
        const rate = mfig(row.rate);
        if (!rate) continue;
        tally.checked++;
        stRates.push(rate.value);
        // The rate the cells recompute, when they allow it (000: 1095.69 / 38706.47 = 2.83% behind a printed "3%").
        const ex = figureOf(row.executed);
        const full = figureOf(row.fullBudget);
        // A row with no budget has no execution to judge (a zero base is zero-base-rate's). A rate printed 0 beside
        // money spent (国家信访局 2024's sub-rows: 0.0% beside 140.61 of 140.61) is the template's blank, not a rate:
        // its range is judged on what the cells show, and the printed 0 is st-exec-rate-recompute's.
        if (full?.value.isZero() && (!ex || ex.value.isZero())) continue;
        const placeholder = rate.value.isZero() && ex && full && !ex.value.isZero();
        const shown = placeholder ? { value: ex.value.div(full.value).times(100), halfUnit: rate.halfUnit } : rate;
        const over = shown.value.minus(shown.halfUnit).gt(HUNDRED);
        const low = shown.value.plus(shown.halfUnit).lt(SIXTY);
        if (!over && !low) continue;
        const q = ex && full && !full.value.isZero() ? ex.value.div(full.value).times(100) : rate.value;
        const left = placeholder
          ? computed('执行率（全年执行数 / 全年预算数；表中印 0%）', shown.value.toDecimalPlaces(2), rate.halfUnit, [
              { label: '全年执行数', figure: ex },
              { label: '全年预算数', figure: full },
            ])
          : single('执行率', rate);
        const veryLow = q.lt(TEN);
        const bound = over ? HUNDRED : SIXTY;
        const right = computed(over ? '上限 100%' : '下限 60%', bound, new Decimal(0), []);
        const problem = over ? '超过 100%（超预算执行）' : veryLow ? '低于 10%：预算数可能含代发/转拨资金或预算口径有误' : '低于 60%';
        const problemEn = over
          ? 'above 100 (over-execution)'
          : veryLow
            ? 'below 10: the budget probably includes pass-through funds (e.g. 社保代发) or the wrong base'
            : 'below 60';
        tally.add(
          finding(
            meta,
            left,
            right,
            { difference: rate.value.minus(bound), tolerance: rate.halfUnit },
            { table: stName(t), row: row.label, problem, problemEn, rateName: '预算执行率', rateNameEn: 'execution rate' },
            veryLow ? { diagnostic: 'pass-through-or-wrong-base' } : {},
          ),
        );
      }
    }
    narrativeRates(records, tally, stRates);
    return tally.result({ outcome: 'insufficient-data', reason: 'no execution rate was extracted' });
  },
};
