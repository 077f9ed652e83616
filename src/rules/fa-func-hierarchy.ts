import type { CodedTable } from '../extract/records.js';
import type { Rule } from './_lib/types.js';
import { Tally, insufficient } from './_lib/finding.js';
import { hierarchy } from './_lib/fa.js';
import { ruleMeta } from './_lib/meta.js';

export const rule: Rule = {
  meta: ruleMeta({
    id: 'fa-func-hierarchy',
    description: 'Tables 02/03/05/08/09, every column: 合计 = Σ 类; 类 = Σ 款; 款 = Σ 项 (a single child matches exactly)',
    messages: {
      zh: '{table} {row} {key}：{left} ≠ 下级科目之和 {right}（差 {difference}，容差 {tolerance}）',
      en: '{table} {row} {key}: {left} ≠ sum of its sub-items {right} (difference {difference}, tolerance {tolerance})',
    },
  }),
  check(r) {
    const tables = [r.fa.t02, r.fa.t03, r.fa.t05, r.fa.t08, r.fa.t09].filter((x): x is CodedTable => x !== undefined);
    if (!tables.length) return insufficient('no 科目-coded 决算 table (公开02/03/05/08/09) was found');
    const t = new Tally(this.meta);
    for (const table of tables) hierarchy(t, table);
    return t.result({ outcome: 'insufficient-data', reason: 'the coded tables print no parent rows with children' });
  },
};
