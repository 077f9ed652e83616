import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { edited, seed, withValue } from '../performance/seeds.js';

export const cases: RuleCases = {
  valid: [
    {
      name: '001 with the 满意度 score set to the proportional 9.99',
      records: edited('001', (r) => {
        const it = r.selfEval[0]!.items.at(-1)!;
        it.score = withValue(it.score, '9.99');
      }),
    },
  ],
  invalid: [{ name: '001: 10 × 94.9 / 95 = 9.99, scored 10', records: () => seed('001'), findings: 1 }],
};
