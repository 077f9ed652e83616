import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { edited, seed } from '../performance/seeds.js';
import { realText } from '../narrative/seeds.js';

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
    // 国家信访局 2024's 自评表 print 0.0% on every sub-row (其中：财政拨款, 上年结转, 其他资金) beside their money: the template's blank,
    // st-exec-rate-recompute's to report. Judged on the money: one sub-row below 60 (t12 其中：财政拨款 751.32 / 1357.67 = 55.34%), none for
    // the 其他资金 rows of 0.00 budget; and four narrative rates (0.8% of 年初预算, 25% of the 应急资金, …).
    {
      name: '国家信访局 2024 决算: sub-row rates printed 0.0% judged on their money',
      records: realText('信访局_国家信访局2024年度部门决算公开.pdf'),
      findings: 6,
    },
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
