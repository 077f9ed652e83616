import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { edited, seed, withValue } from '../performance/seeds.js';

export const cases: RuleCases = {
  valid: [
    { name: '000: 998.82 + 96.87 = 1095.69; 基本 = 887.08 + 208.61; 2.33 ≤ 208.61', records: () => seed('000') },
    { name: '004: 当年财政拨款 1366.77 / 1387.53 = 合计', records: () => seed('004') },
  ],
  invalid: [
    {
      name: '000 with 其他资金 96.87 changed to 90.87',
      records: edited('000', (r) => {
        const s = r.selfEval[0]!.split!;
        s.src.other = withValue(s.src.other!, '90.87');
      }),
      findings: 1,
    },
  ],
};
