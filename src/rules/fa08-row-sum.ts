import { rowSumRule } from './_lib/fa.js';

export const rule = rowSumRule({
  id: 'fa08-row-sum',
  description: '公开08 each row: 本年支出 小计 = 基本 + 项目; 年末 = 年初 + 本年收入 − 本年支出 (where printed)',
  table: 't08',
  tableName: '公开08 政府性基金预算财政拨款收入支出决算表',
  whole: 'outSub',
  parts: ['outBasic', 'outProject'],
  labels: { outSub: '本年支出 小计', outBasic: '基本支出', outProject: '项目支出' },
  balance: true,
  empty: { outcome: 'not-applicable', reason: 'the table prints no amounts (no 政府性基金 财政拨款: see fa-empty-table-note)' },
});
