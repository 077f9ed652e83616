import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { edited, seed, withValue } from '../performance/seeds.js';

export const cases: RuleCases = {
  valid: [
    { name: '000: every row ≤ its weight', records: () => seed('000') },
    { name: '001: 9 ≤ 10, 4.5 ≤ 5, …, 10 ≤ 10', records: () => seed('001') },
    { name: '004', records: () => seed('004') },
  ],
  invalid: [
    {
      name: '004 with a 12.5-point row scored 13',
      records: edited('004', (r) => {
        const it = r.selfEval[0]!.items[0]!;
        it.score = withValue(it.score, '13');
      }),
      findings: 1,
    },
  ],
};
