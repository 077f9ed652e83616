import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { edited, seed, withValue } from '../performance/seeds.js';

export const cases: RuleCases = {
  valid: [
    { name: '004: 10 + 50 + 30 + 9.5 = 99.5 = 99.50', records: () => seed('004') },
    { name: '000: 7 + 20 + 19.8 + 10 + 10 + 9.8 + 9.9 + 9.8 = 96.3', records: () => seed('000') },
    { name: '002 附件4-2: both project tables total 100', records: () => seed('002') },
  ],
  invalid: [
    { name: '001: 合计 99.5 ≠ Σ 108.5 (matches the sum without the 预算执行率 row)', records: () => seed('001'), findings: 1 },
    {
      name: '004 with the 满意度 score changed to 9',
      records: edited('004', (r) => {
        const it = r.selfEval[0]!.items.at(-1)!;
        it.score = withValue(it.score, '9');
      }),
      findings: 1,
    },
  ],
};
