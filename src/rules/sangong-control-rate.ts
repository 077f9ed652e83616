import { Decimal } from 'decimal.js';
import { itemName, stName } from './_lib/performance.js';
import { bdRow, figureOf } from '../extract/records.js';
import { finding, Tally } from './_lib/finding.js';
import { atMost, comparePercent, computed, single } from './_lib/interval.js';
import { tallyPercent } from './_lib/percent.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'sangong-control-rate',
  description:
    "三公控制率 = 决算 / 预算 ≤ 100% on 基础数据表 columns; a 自评表 三公控制率 recomputes, and is undefined when there is no 三公 budget (公开07 is the fa07 rules').",
  messages: {
    zh: '{table}：{what}：{leftLabel} {left}% 对比 {rightLabel} {right}%',
    en: '{table}: {whatEn}: {leftLabel} {left}% vs {rightLabel} {right}%',
  },
});

const HUNDRED = new Decimal(100);
const ZERO = new Decimal(0);

export const rule: Rule = {
  meta,
  check(records) {
    const tally = new Tally(meta);
    const bds = records.basicData.filter((b) => bdRow(b, 'sangong'));
    const stRows = records.selfEval.flatMap((t) =>
      t.items.filter((it) => /三公.*控制率/.test(it.l3 ?? '') && figureOf(it.actual.slot)).map((it) => ({ t, it })),
    );
    if (!bds.length && !stRows.length) return tally.result({ outcome: 'not-applicable', reason: 'no 基础数据表 三公 row and no 自评表 三公控制率 row' });
    let budget: { fin: ReturnType<typeof figureOf>; bud: ReturnType<typeof figureOf> } = { fin: null, bud: null };
    for (const b of bds) {
      const row = bdRow(b, 'sangong')!;
      const fin = figureOf(row.curFin);
      const bud = figureOf(row.curBud);
      if (!fin || !bud) continue;
      budget = { fin, bud };
      if (bud.value.isZero()) continue;
      const q = fin.value.div(bud.value).times(100);
      const inputs = fin.value.isZero() ? ZERO : q.times(fin.halfUnit.div(fin.value).plus(bud.halfUnit.div(bud.value)));
      const ops = [
        { label: '三公 当年决算', figure: fin },
        { label: '三公 当年预算', figure: bud },
      ];
      const left = computed('决算/预算', q, inputs, ops);
      const right = computed('上限', HUNDRED, ZERO, []);
      tally.compare(
        b.table,
        left,
        right,
        atMost(left, right),
        { table: b.table, what: '三公控制率超过 100%', whatEn: '三公 control rate above 100' },
        { severity: 'warning' },
      );
    }
    for (const { t, it } of stRows) {
      const stated = figureOf(it.actual.slot)!;
      const left = single('自评表 三公控制率', stated);
      const noBudget = t.template.sangongNoBudget || (budget.bud && budget.bud.value.isZero());
      if (noBudget) {
        tally.checked++;
        const right = computed('预算为 0：控制率无定义', ZERO, ZERO, []);
        const f = finding(
          meta,
          left,
          right,
          { difference: stated.value, tolerance: ZERO },
          {
            table: stName(t),
            what: `「${itemName(it)}」无三公预算安排，控制率无定义却填报`,
            whatEn: `"${itemName(it)}": no 三公 budget, the rate is undefined yet stated`,
          },
          { severity: 'warning', diagnostic: 'undefined-but-claimed' },
        );
        tally.add(f);
        continue;
      }
      if (budget.fin && budget.bud) {
        const cmp = comparePercent(stated, { label: '三公 决算', figure: budget.fin }, { label: '三公 预算', figure: budget.bud });
        const right = computed('决算/预算', cmp.computed, cmp.tolerance.minus(stated.halfUnit), [
          { label: '三公 决算', figure: budget.fin },
          { label: '三公 预算', figure: budget.bud },
        ]);
        tallyPercent(
          tally,
          t.table,
          left,
          right,
          cmp,
          { table: stName(t), what: `「${itemName(it)}」与重算不符`, whatEn: `"${itemName(it)}" does not recompute` },
          { residual: true },
        );
      }
    }
    return tally.result({ outcome: 'insufficient-data', reason: 'neither 三公 决算 and 预算 nor a budget statement was extracted' });
  },
};
