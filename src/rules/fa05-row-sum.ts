import type { Rule } from './_lib/types.js';
import { Tally, insufficient } from './_lib/finding.js';
import { rowSums } from './_lib/fa.js';

const LABELS: Record<string, string> = { subtotal: '小计', basic: '基本支出', project: '项目支出' };

export const rule: Rule = {
  meta: {
    id: 'fa05-row-sum',
    family: 'A3',
    description: '公开05 each row: 小计 = 基本支出 + 项目支出',
    severity: 'error',
    appliesTo: ['FA'],
    messages: {
      zh: '{row}：{leftLabel} {left} ≠ {rightLabel} = {right}（差 {difference}，容差 {tolerance}）',
      en: '{row}: {leftLabel} {left} ≠ {rightLabel} = {right} (difference {difference}, tolerance {tolerance})',
    },
  },
  check(r) {
    const table = r.fa.t05;
    if (!table) return insufficient('公开05 一般公共预算财政拨款支出决算表 was not found or prints no amounts');
    const t = new Tally(this.meta);
    rowSums(t, table, 'subtotal', ['basic', 'project'], LABELS);
    return t.result({ outcome: 'insufficient-data', reason: '公开05 一般公共预算财政拨款支出决算表 prints no amounts' });
  },
};
