import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { edited, seed, withValue } from '../performance/seeds.js';

export const cases: RuleCases = {
  valid: [
    { name: '000: 2.33 / 6.77 = 34.4% ≤ 100', records: () => seed('000') },
    { name: '002: 1.17 / 2 = 58.5% ≤ 100', records: () => seed('002') },
  ],
  invalid: [
    { name: '001: 自评表 "三公经费"控制率 100% while the report says 年初无预算安排', records: () => seed('001'), findings: 1 },
    {
      name: '000 with 三公 当年决算 changed to 7.33 (108.3%)',
      records: edited('000', (r) => {
        const s = r.basicData[0]!.rows.find((x) => x.key === 'sangong')!;
        s.curFin = withValue(s.curFin!, '7.33');
      }),
      findings: 1,
    },
  ],
};
