import { Decimal } from 'decimal.js';
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
    // The 一般公共预算 支出表 first, then the 支出总表: an item may speak of either fund, and says which only in its section.
    const tables = [r.bu.bu05, r.bu.bu03].filter((x) => x !== undefined);
    const seen = new Set<string>();
    for (const it of r.budgetItems) {
      // An item printed twice (普陀 2025 reprints items 7–11 at the top of the next page) is checked once.
      const id = `${it.code}|${it.lead.printed}|${it.budget?.printed ?? ''}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const data = { ordinal: String(it.ordinal), code: it.code, name: it.names.xiang };
      const lead = single('项目金额', it.lead);
      if (it.budget) {
        const b = single('预算安排', it.budget);
        t.compare('text', lead, b, compare(lead, b), data);
      }
      const rows = tables.flatMap((table) => {
        const row = rowOf(table, it.code)?.values.total;
        return row?.state === 'number' ? [single(`${table.kind} ${it.code} 合计`, row.figure)] : [];
      });
      if (!rows.length) continue;
      const fits = rows.find((x) => compare(lead, x).agreement !== 'differs');
      const first = rows[0]!;
      // Tables that print the 项 apart (all funds against 一般公共预算) leave open which the item means: a warning that says so.
      const apart = rows.some((x) => compare(first, x).agreement === 'differs');
      const uncertain: Record<string, string> = apart
        ? {
            uncertain: `the tables print ${it.code} apart (${rows.map((x) => `${x.label} ${x.value.toString()}`).join(', ')}) and the item does not say which fund it speaks of`,
          }
        : {};
      const against = fits ?? first;
      // 877,080 元 printed as 87.70 万元: converted by cutting the digits off, not by rounding — an info (truth of 普陀 2025).
      const cut = against.operands[0]!.figure.value.toDecimalPlaces(it.lead.decimals, Decimal.ROUND_DOWN);
      const truncated = !fits && cut.eq(it.lead.value);
      t.compare(
        'text',
        lead,
        against,
        compare(lead, against),
        { ...data, ...uncertain },
        truncated ? { severity: 'info', diagnostic: 'truncated' } : apart && !fits ? { severity: 'warning' } : {},
      );
    }
    return t.result({ outcome: 'insufficient-data', reason: 'no item states a second amount or has a table row' });
  },
};
