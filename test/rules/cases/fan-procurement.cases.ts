import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { alteredSeed, fact, realText, reprintFigure, seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [
    { name: '004 十二: 35.40 = 35.40 + 0 + 0; 小微 ≤ 中小 ≤ 总额', records: () => seedRecords('004') },
    // 十一(二): 中小企业 won 246.47 in reserved projects and 4.79 in others, 251.26 of all 251.25: inside the rounding (T-AMT).
    { name: '上海普陀 2024 决算 十一(二): 246.47 + 4.79 ≤ 251.25 within rounding', records: realText('上海市普陀区财政局2024年度部门决算.pdf') },
  ],
  invalid: [
    {
      name: '004 with 货物 reprinted 30.40',
      records: alteredSeed('004', (r) => {
        reprintFigure(fact(r, 'amount', (a) => a.metric === '政府采购货物').figure, '30.40');
      }),
      findings: 1,
    },
    {
      name: "上海普陀 2024 决算 十一(二) with the other projects' award printed 14.79: 246.47 + 14.79 > 251.25",
      records: realText('上海市普陀区财政局2024年度部门决算.pdf', [
        '由中小企业供应商中标或成交的，采购金额4.79万元',
        '由中小企业供应商中标或成交的，采购金额14.79万元',
      ]),
      findings: 1,
    },
  ],
};
