import { identityParts, stName } from './_lib/performance.js';
import { Tally } from './_lib/finding.js';
import { compare, single, sum } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'st-budget-row-sum',
  description: 'In every column (年初, 全年, 实际) the 全年支出 row equals the 基本支出 row plus the 项目支出 row (001 shape).',
  messages: {
    zh: '{table}：{column}：{leftLabel} {left} ≠ 基本支出 + 项目支出 {right}（差 {difference}，容差 {tolerance}）',
    en: '{table}: {column}: {leftLabel} {left} is not 基本支出 + 项目支出 {right} (difference {difference}, tolerance {tolerance})',
  },
});

export const rule: Rule = {
  meta,
  check(records) {
    const tally = new Tally(meta);
    const shaped = records.selfEval.filter((t) => t.fundRows.some((r) => r.key === 'basic') && t.fundRows.some((r) => r.key === 'project'));
    if (!shaped.length) return tally.result({ outcome: 'not-applicable', reason: 'no 自评表 prints 基本支出 and 项目支出 budget rows' });
    for (const t of shaped) {
      const total = t.fund;
      const basic = t.fundRows.find((r) => r.key === 'basic')!;
      const project = t.fundRows.find((r) => r.key === 'project')!;
      if (!total) continue;
      for (const [col, label] of [
        ['initBudget', '年初预算数'],
        ['fullBudget', '全年预算数'],
        ['executed', '实际支出数'],
      ] as const) {
        const ip = identityParts(total[col], [
          { label: basic.label, slot: basic[col] },
          { label: project.label, slot: project[col] },
        ]);
        if (!ip) continue;
        const left = single(total.label, ip.parent);
        const right = sum('基本支出 + 项目支出', ip.parts);
        tally.compare(t.table, left, right, compare(left, right), { table: stName(t), column: label });
      }
    }
    return tally.result({ outcome: 'insufficient-data', reason: 'the budget rows print no amounts' });
  },
};
