import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [{ name: "004: 97.27 on 1484.80 = 6.551% → 6.6% (three statements), 十 is fan-org-running's", records: () => seedRecords('004') }],
  invalid: [{ name: '000: 53.93% and 45% are the multiples Δ/P (ratio-as-percent)', records: () => seedRecords('000'), findings: 2 }],
};
