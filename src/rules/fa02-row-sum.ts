import { rowSumRule } from './_lib/fa.js';

export const rule = rowSumRule({
  id: 'fa02-row-sum',
  description: '公开02 each row: 本年收入合计 = 财政拨款 + 上级补助 + 事业 + 经营 + 附属上缴 + 其他',
  table: 't02',
  tableName: '公开02 收入决算表',
  whole: 'total',
  parts: ['fiscal', 'upper', 'business', 'operating', 'affiliate', 'other'],
  labels: {
    total: '本年收入合计',
    fiscal: '财政拨款收入',
    upper: '上级补助收入',
    business: '事业收入',
    operating: '经营收入',
    affiliate: '附属单位上缴收入',
    other: '其他收入',
  },
  empty: { outcome: 'insufficient-data', reason: '公开02 prints no amounts' },
});
