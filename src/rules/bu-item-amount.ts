import type { Rule } from './_lib/types.js';
import { Tally } from './_lib/finding.js';
import { rowOf } from './_lib/fa.js';
import { compare, single } from './_lib/interval.js';
import { ruleMeta } from './_lib/meta.js';

/**
 * A 预算 编制说明 item states its amount twice — after the 项 name and as "预算安排" — and the 功能分类
 * table prints it once more: all three are one number (司法局 单位预算 item 7: 56.12 and 57.8).
 */
export const rule: Rule = {
  meta: ruleMeta({
    id: 'bu-item-amount',
    description: 'Each 预算 编制说明 item’s amount, its “预算安排” and the 功能分类 table’s 合计 for the code are one number',
    messages: {
      zh: '第{ordinal}项 {code} {name}：{leftLabel} {left} 万元 ≠ {rightLabel} {right} 万元（差 {difference}）',
      en: 'item {ordinal} {code} {name}: {leftLabel} {left} 万元 ≠ {rightLabel} {right} 万元 (difference {difference})',
    },
  }),
  check(r) {
    if (!r.budgetItems.length) return { outcome: 'not-applicable', findings: [], residuals: [], checked: 0, reason: 'the document states no 编制说明 items' };
    const t = new Tally(this.meta);
    const table = r.bu.bu05 ?? r.bu.bu03;
    for (const it of r.budgetItems) {
      const data = { ordinal: String(it.ordinal), code: it.code, name: it.names.xiang };
      const lead = single('项目金额', it.lead);
      if (it.budget) {
        const b = single('预算安排', it.budget);
        t.compare('text', lead, b, compare(lead, b), data);
      }
      const row = rowOf(table, it.code)?.values.total;
      if (row?.state === 'number') {
        const tbl = single(`${table!.kind} ${it.code} 合计`, row.figure);
        t.compare('text', lead, tbl, compare(lead, tbl), data);
      }
    }
    return t.result({ outcome: 'insufficient-data', reason: 'no item states a second amount or has a table row' });
  },
};
