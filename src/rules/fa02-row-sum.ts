import type { Rule } from './_lib/types.js';
import { Tally, insufficient } from './_lib/finding.js';
import { rowSums } from './_lib/fa.js';

const LABELS: Record<string, string> = { total: '本年收入合计', fiscal: '财政拨款收入', upper: '上级补助收入', business: '事业收入', operating: '经营收入', affiliate: '附属单位上缴收入', other: '其他收入' };

export const rule: Rule = {
  meta: {
    id: 'fa02-row-sum',
    family: 'A3',
    description: '公开02 each row: 本年收入合计 = 财政拨款 + 上级补助 + 事业 + 经营 + 附属上缴 + 其他',
    severity: 'error',
    appliesTo: ['FA'],
    messages: {
      zh: '{row}：{leftLabel} {left} ≠ {rightLabel} = {right}（差 {difference}，容差 {tolerance}）',
      en: '{row}: {leftLabel} {left} ≠ {rightLabel} = {right} (difference {difference}, tolerance {tolerance})',
    },
  },
  check(r) {
    const table = r.fa.t02;
    if (!table) return insufficient('公开02 收入决算表 was not found or prints no amounts');
    const t = new Tally(this.meta);
    rowSums(t, table, 'total', ['fiscal', 'upper', 'business', 'operating', 'affiliate', 'other'], LABELS);
    return t.result({ outcome: 'insufficient-data', reason: '公开02 收入决算表 prints no amounts' });
  },
};
