import type { Rule } from './_lib/types.js';
import { Tally, insufficient } from './_lib/finding.js';
import { flow, rowSums } from './_lib/fa.js';

const LABELS: Record<string, string> = { outSub: '本年支出 小计', outBasic: '基本支出', outProject: '项目支出' };

export const rule: Rule = {
  meta: {
    id: 'fa08-row-sum',
    family: 'A3',
    description: '公开08 each row: 本年支出 小计 = 基本 + 项目; 年末 = 年初 + 本年收入 − 本年支出 (where printed)',
    severity: 'error',
    appliesTo: ['FA'],
    messages: {
      zh: '{row}：{leftLabel} {left} ≠ {rightLabel} = {right}（差 {difference}，容差 {tolerance}）',
      en: '{row}: {leftLabel} {left} ≠ {rightLabel} = {right} (difference {difference}, tolerance {tolerance})',
    },
  },
  check(r) {
    const table = r.fa.t08;
    if (!table) return insufficient('公开08 政府性基金预算财政拨款收入支出决算表 was not found');
    const t = new Tally(this.meta);
    rowSums(t, table, 'outSub', ['outBasic', 'outProject'], LABELS);
    if (table.keys.includes('closing')) for (const row of table.rows) flow(t, table.table, row, { opening: 'opening', income: 'income', out: 'outSub', closing: 'closing' });
    return t.result({ outcome: 'not-applicable', reason: 'the table prints no amounts (no 政府性基金 财政拨款: see fa-empty-table-note)' });
  },
};
