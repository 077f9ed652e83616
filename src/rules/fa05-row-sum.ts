import { rowSumRule } from './_lib/fa.js';

export const rule = rowSumRule({
  id: 'fa05-row-sum',
  description: '公开05 each row: 小计 = 基本支出 + 项目支出',
  table: 't05',
  tableName: '公开05 一般公共预算财政拨款支出决算表',
  whole: 'subtotal',
  parts: ['basic', 'project'],
  labels: { subtotal: '小计', basic: '基本支出', project: '项目支出' },
  empty: { outcome: 'insufficient-data', reason: '公开05 prints no amounts' },
});
