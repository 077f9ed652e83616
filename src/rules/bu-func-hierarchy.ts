import type { CodedTable } from '../extract/records.js';
import type { Rule } from './_lib/types.js';
import { Tally, insufficient } from './_lib/finding.js';
import { hierarchy } from './_lib/fa.js';
import { ruleMeta } from './_lib/meta.js';

export const rule: Rule = {
  meta: ruleMeta({
    id: 'bu-func-hierarchy',
    description: '预算 coded tables, every money column (its header understood or not): 合计 = Σ 类; 类 = Σ 款; 款 = Σ 项 (a single child matches exactly)',
    messages: {
      zh: '{table} {row} {key}：{left} ≠ 下级科目之和 {right}（差 {difference} 万元，容差 {tolerance}）',
      en: '{table} {row} {key}: {left} ≠ sum of its sub-items {right} (difference {difference} 万元, tolerance {tolerance})',
    },
  }),
  check(r) {
    const tables = Object.values(r.bu).filter((t): t is CodedTable => t !== undefined);
    if (!tables.length) return insufficient('no 科目-coded 预算 table was found');
    const t = new Tally(this.meta);
    for (const table of tables) {
      hierarchy(t, table);
      // A column whose header was not understood still sums down the 科目 tree.
      for (const c of table.loose ?? []) hierarchy(t, { ...table, rows: c.rows, keys: [c.label], unkeyed: [] });
    }
    return t.result({ outcome: 'insufficient-data', reason: 'the 预算 tables print no parent rows with children' });
  },
};
