import type { Rule } from './_lib/types.js';
import { Tally, insufficient } from './_lib/finding.js';
import { rowSums } from './_lib/fa.js';

const LABELS: Record<string, string> = { total: '本年支出合计', basic: '基本支出', project: '项目支出', remit: '上缴上级支出', operating: '经营支出', subsidy: '对附属单位补助支出' };

export const rule: Rule = {
  meta: {
    id: 'fa03-row-sum',
    family: 'A3',
    description: '公开03 each row: 本年支出合计 = 基本 + 项目 + 上缴上级 + 经营 + 对附属单位补助',
    severity: 'error',
    appliesTo: ['FA'],
    messages: {
      zh: '{row}：{leftLabel} {left} ≠ {rightLabel} = {right}（差 {difference}，容差 {tolerance}）',
      en: '{row}: {leftLabel} {left} ≠ {rightLabel} = {right} (difference {difference}, tolerance {tolerance})',
    },
  },
  check(r) {
    const table = r.fa.t03;
    if (!table) return insufficient('公开03 支出决算表 was not found or prints no amounts');
    const t = new Tally(this.meta);
    rowSums(t, table, 'total', ['basic', 'project', 'remit', 'operating', 'subsidy'], LABELS);
    return t.result({ outcome: 'insufficient-data', reason: '公开03 支出决算表 prints no amounts' });
  },
};
