import { rowSumRule } from './_lib/fa.js';

export const rule = rowSumRule({
  id: 'fa09-row-sum',
  description: '公开09 each row: 本年支出 小计 = 基本 + 项目; 年末 = 年初 + 本年收入 − 本年支出 (where printed)',
  table: 't09',
  tableName: '公开09 国有资本经营预算财政拨款支出决算表',
  whole: 'total',
  parts: ['basic', 'project'],
  labels: { total: '本年支出 小计', basic: '基本支出', project: '项目支出' },
  balance: true,
  empty: { outcome: 'not-applicable', reason: 'the table prints no amounts (no 国有资本经营预算 财政拨款: see fa-empty-table-note)' },
});
