import { Decimal } from 'decimal.js';
import type { CodedTable } from '../extract/records.js';
import type { Rule } from './_lib/types.js';
import { finding, Tally } from './_lib/finding.js';
import { computed } from './_lib/interval.js';
import { ruleMeta } from './_lib/meta.js';

const ZERO = new Decimal(0);
const key = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');
/** A name without a trailing (款) note, which the table adds to tell 项 of one name apart (一般行政管理事务(人力资源事务)). */
const loose = (s: string): string => key(s).replace(/\([^()]*\)$/, '');
const same = (s: string): string => loose(s).replace(/其它/g, '其他');

/**
 * The 类/款/项 names a 预算 编制说明 item prints for its codes are the names the 功能分类 table
 * prints for them (司法局 预算 item 11: 医疗卫生与计划生育支出 against the table's 卫生健康支出, 210).
 */
export const rule: Rule = {
  meta: ruleMeta({
    id: 'bu-item-label',
    description: 'The 类/款/项 names a 预算 编制说明 item prints match the 功能分类 table’s names for those codes',
    messages: {
      zh: '第{ordinal}项写“{printed}（{code}）”，表中 {code} 为“{table}”',
      en: 'item {ordinal} names {code} “{printed}”; the table names it “{table}”',
    },
  }),
  check(r) {
    const tables = [r.bu.bu05, r.bu.bu03, r.bu.bu02].filter((x): x is CodedTable => x !== undefined);
    if (!r.budgetItems.length || !tables.length)
      return { outcome: 'not-applicable', findings: [], residuals: [], checked: 0, reason: 'no 编制说明 items or no 功能分类 table' };
    const nameOf = (code: string): string | null => tables.flatMap((t) => t.rows).find((x) => x.code === code)?.name ?? null;
    const t = new Tally(this.meta);
    const seen = new Set<string>();
    for (const it of r.budgetItems) {
      const id = `${it.code}|${it.names.lei}|${it.names.kuan}|${it.names.xiang}`;
      if (seen.has(id)) continue;
      seen.add(id);
      for (const [code, printed] of [
        [it.code.slice(0, 3), it.names.lei],
        [it.code.slice(0, 5), it.names.kuan],
        [it.code, it.names.xiang],
      ] as const) {
        const name = nameOf(code);
        // An item that prints only its 项 (技校教育（2050303）) names no 类 or 款.
        if (!name || printed === null) continue;
        t.checked++;
        if (key(name) === key(printed) || loose(name) === loose(printed)) continue;
        // A variant of the same name (其它 for 其他, a qualifier before it: 归口管理的行政单位离退休) is a label variant: an info.
        const variant = same(printed).includes(same(name)) || same(name).includes(same(printed));
        const side = computed(code, ZERO, ZERO, []);
        const f = finding(
          this.meta,
          side,
          side,
          { difference: ZERO, tolerance: ZERO },
          { ordinal: String(it.ordinal), printed, code, table: name },
          variant ? { severity: 'info', diagnostic: 'label-variant' } : {},
        );
        // The item's heading up to its amount: where the names are printed.
        const ev = it.lead.evidence;
        f.evidence.push(ev.kind === 'text' ? { ...ev, start: 0, end: ev.start } : ev);
        t.add(f);
      }
    }
    return t.result({ outcome: 'insufficient-data', reason: 'no item code has a row in the tables' });
  },
};
