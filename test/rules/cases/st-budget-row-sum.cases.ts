import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { edited, seed, withValue } from '../performance/seeds.js';

export const cases: RuleCases = {
  valid: [{ name: '001: 453.39 + 17244.15 = 17697.54; 891.47 + 17686.11 = 18577.58 (全年, 实际)', records: () => seed('001') }],
  invalid: [
    {
      name: '001 with 基本支出 年初 453.39 changed to 450.39',
      records: edited('001', (r) => {
        const b = r.selfEval[0]!.fundRows.find((x) => x.key === 'basic')!;
        b.initBudget = withValue(b.initBudget!, '450.39');
      }),
      findings: 1,
    },
  ],
};
