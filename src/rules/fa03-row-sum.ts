import { rowSumRule } from './_lib/fa.js';

export const rule = rowSumRule({
  id: 'fa03-row-sum',
  description: '公开03 each row: 本年支出合计 = 基本 + 项目 + 上缴上级 + 经营 + 对附属单位补助',
  table: 't03',
  tableName: '公开03 支出决算表',
  whole: 'total',
  parts: ['basic', 'project', 'remit', 'operating', 'subsidy'],
  labels: { total: '本年支出合计', basic: '基本支出', project: '项目支出', remit: '上缴上级支出', operating: '经营支出', subsidy: '对附属单位补助支出' },
  empty: { outcome: 'insufficient-data', reason: '公开03 prints no amounts' },
});
