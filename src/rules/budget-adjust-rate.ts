import { type FactOf, type Figure, figureOf } from '../extract/records.js';
import { itemName, stName } from './_lib/performance.js';
import { Tally } from './_lib/finding.js';
import { computed, percentAgainst, single } from './_lib/interval.js';
import { tallyPercent } from './_lib/percent.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'budget-adjust-rate',
  description:
    'A stated 预算调整率 (a 自评表 row, or the report’s claim) recomputes as (全年预算 − 年初预算) / 年初预算 × 100 from the 自评表 (framework definition 调整数/预算数).',
  messages: {
    zh: '{table}「{row}」：预算调整率 {left}% ≠ (全年预算 − 年初预算)/年初预算 = {right}%',
    en: '{table} "{row}": 预算调整率 {left}% is not (全年预算 − 年初预算)/年初预算 = {right}%',
  },
});

export const rule: Rule = {
  meta,
  check(records) {
    const tally = new Tally(meta);
    // Stated rates: a 自评表 row 预算调整率, or the report's claim (001 "预算调整率达100%"), against the 自评表's 年初/全年预算数.
    const fromTable = records.selfEval.flatMap((t) =>
      t.items
        .filter((it) => /预算调整率/.test(it.l3 ?? '') && figureOf(it.actual.slot))
        .map((it) => ({ t, stated: figureOf(it.actual.slot)!, where: stName(t), row: itemName(it) })),
    );
    const dept = records.selfEval.find((t) => figureOf(t.fund?.initBudget) && figureOf(t.fund?.fullBudget));
    const claims = records.narrative.filter((f): f is FactOf<'claim'> => f.kind === 'claim' && f.metric === '预算调整率');
    const fromText = dept ? claims.map((c) => ({ t: dept, stated: c.value as Figure, where: `正文 ${c.section ?? c.ref.block}`, row: c.label })) : [];
    const rows = [...fromTable, ...fromText];
    if (!rows.length)
      return tally.result({
        outcome: 'not-applicable',
        reason: claims.length ? 'a 预算调整率 is claimed but no 自评表 gives 年初/全年预算数' : 'no 预算调整率 is stated',
      });
    for (const { t, stated, where, row } of rows) {
      const init = figureOf(t.fund?.initBudget);
      const full = figureOf(t.fund?.fullBudget);
      if (!init || !full || init.value.isZero()) continue;
      const q = full.value.minus(init.value).div(init.value).times(100);
      // T-PCT on a difference over a base: the inputs' rounding propagates through both.
      const diff = full.value.minus(init.value);
      const inputs = diff.isZero()
        ? full.halfUnit.plus(init.halfUnit).div(init.value.abs()).times(100)
        : q.abs().times(full.halfUnit.plus(init.halfUnit).div(diff.abs()).plus(init.halfUnit.div(init.value.abs())));
      const left = single('预算调整率', stated);
      const right = computed('(全年−年初)/年初', q, inputs, [
        { label: '全年预算数', figure: full },
        { label: '年初预算数', figure: init },
      ]);
      tallyPercent(tally, t.table, left, right, percentAgainst(stated, q, inputs), { table: where, row }, { residual: true });
    }
    return tally.result({ outcome: 'insufficient-data', reason: 'the 自评表 states a 预算调整率 but no 年初/全年预算数' });
  },
};
