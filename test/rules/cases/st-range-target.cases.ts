import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { edited, seed, withValue } from '../performance/seeds.js';

export const cases: RuleCases = {
  valid: [{ name: '002 附件4-2: 1.1 ∈ [1, 1.2], 0.37 ∈ [0.3, 0.4], 2.47 ∈ [2.4, 2.5], 0.63 ∈ [0.6, 0.7]', records: () => seed('002') }],
  invalid: [
    {
      name: '002 with 企业养老发放人数 1.1 changed to 1.3 (above 1.2, full marks)',
      records: edited('002', (r) => {
        const it = r.selfEval[0]!.items[0]!;
        it.actual = { ...it.actual, slot: withValue(it.actual.slot, '1.3') };
      }),
      findings: 1,
    },
  ],
};
