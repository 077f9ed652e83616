import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { edited, seed, withValue } from '../performance/seeds.js';

export const cases: RuleCases = {
  valid: [
    { name: '000: 96.3 → 优秀 (bands A)', records: () => seed('000') },
    { name: '004: 99.5 → 优 ≡ 优秀 (bands B)', records: () => seed('004') },
  ],
  invalid: [
    {
      name: '000 with the total changed to 85 (良好 under bands A) while the grade says 优秀',
      records: edited('000', (r) => {
        const t = r.selfEval[0]!;
        t.total!.score = withValue(t.total!.score!, '85');
      }),
      findings: 1,
    },
  ],
};
