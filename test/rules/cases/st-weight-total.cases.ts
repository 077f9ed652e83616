import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { edited, seed, withValue } from '../performance/seeds.js';

export const cases: RuleCases = {
  valid: [
    { name: '000: 10 + 20 + 20 + 10 + 10 + 10 + 10 + 10 = 100', records: () => seed('000') },
    { name: '004: 10 + 4 × 12.5 + 4 × 7.5 + 10 = 100', records: () => seed('004') },
    { name: '002 附件4-2: 10 + 10 × 5 + 15 + 15 + 10 = 100 (×2)', records: () => seed('002') },
  ],
  invalid: [
    { name: '001: Σ 分值 = 10 + 8 × 5 + 50 + 10 = 110', records: () => seed('001'), findings: 1 },
    {
      name: '000 with a 效益 weight changed to 15 (Σ 105 vs 总分分值 100)',
      records: edited('000', (r) => {
        const it = r.selfEval[0]!.items[3]!;
        it.weight = withValue(it.weight, '15');
      }),
      findings: 1,
    },
  ],
};
