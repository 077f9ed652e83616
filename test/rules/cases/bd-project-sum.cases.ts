import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { edited, seed, withValue } from '../performance/seeds.js';

export const cases: RuleCases = {
  valid: [{ name: '002: 66 = 56 + 10 (2020预算)', records: () => seed('002') }],
  invalid: [
    {
      name: '002 with 运行维护专项 10 changed to 12',
      records: edited('002', (r) => {
        const p = r.basicData[0]!.rows.find((x) => x.key === 'projOps')!;
        p.curBud = withValue(p.curBud!, '12');
      }),
      findings: 1,
    },
  ],
};
