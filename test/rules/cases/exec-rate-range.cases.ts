import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { edited, seed } from '../performance/seeds.js';

export const cases: RuleCases = {
  valid: [
    // 004's narrative 101.5% (完成年初预算, explained by 追加) is an info note: seed-truth checks it; here the 自评表 alone.
    {
      name: '004 自评表: 1387.53 / 1387.53 = 100%',
      records: edited('004', (r) => {
        r.narrative = [];
      }),
    },
    { name: '002 附件4-2: 100% (×2)', records: () => seed('002') },
  ],
  invalid: [
    {
      name: '001: 自评表 104.97%, 196.62%, 102.56%; 基金支出 149%, 168%, 115% (warnings); 基金收入 150%, 105%, 110% (info)',
      records: () => seed('001'),
      findings: 9,
    },
    {
      name: '001 without its narrative: the three 自评表 rates over 100',
      records: edited('001', (r) => {
        r.narrative = [];
      }),
      findings: 3,
    },
    { name: '000: 3% (2.83%) < 10, pass-through diagnostic', records: () => seed('000'), findings: 1 },
  ],
};
