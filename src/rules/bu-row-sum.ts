import type { CodedTable } from '../extract/final-accounts/schema.js';
import type { Rule } from './_lib/types.js';
import { Tally, insufficient } from './_lib/finding.js';
import { rowSums } from './_lib/fa.js';

const PARTS: Record<string, string[]> = {
  bu02: ['fiscal', 'business', 'operating', 'other'],
  bu08: ['personnel', 'public'],
};
const LABELS: Record<string, string> = { total: '合计', basic: '基本支出', project: '项目支出', personnel: '人员经费', public: '公用经费', fiscal: '财政拨款收入', business: '事业收入', operating: '事业单位经营收入', other: '其他收入' };

export const rule: Rule = {
  meta: {
    id: 'bu-row-sum',
    family: 'AX',
    description: '预算 coded tables, each row: 合计 = 基本支出 + 项目支出 (人员经费 + 公用经费; the income sources)',
    severity: 'error',
    appliesTo: ['BU'],
    messages: {
      zh: '{row}：{leftLabel} {left} ≠ {rightLabel} = {right}（差 {difference} 万元，容差 {tolerance}）',
      en: '{row}: {leftLabel} {left} ≠ {rightLabel} = {right} (difference {difference} 万元, tolerance {tolerance})',
    },
  },
  check(r) {
    const tables = Object.values(r.bu).filter((t): t is CodedTable => t !== undefined);
    if (!tables.length) return insufficient('no 科目-coded 预算 table was found');
    const t = new Tally(this.meta);
    for (const table of tables) rowSums(t, table, 'total', PARTS[table.kind] ?? ['basic', 'project'], LABELS);
    return t.result({ outcome: 'insufficient-data', reason: 'the 预算 tables print no totals' });
  },
};
