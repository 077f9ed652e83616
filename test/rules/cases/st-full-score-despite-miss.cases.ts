import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { seed } from '../performance/seeds.js';

export const cases: RuleCases = {
  valid: [
    { name: '000: no row misses its target', records: () => seed('000') },
    { name: '004: 32.66 ≥ 31.88, 4.63 ≥ 4.55, 大于95% vs 大于等于95%', records: () => seed('004') },
  ],
  invalid: [{ name: '001: 满意度 94.9 < ≥95% scored 10/10', records: () => seed('001'), findings: 1 }],
};
