import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { seed } from '../performance/seeds.js';

export const cases: RuleCases = {
  valid: [{ name: '002: 三公 = 公务接待 in each column (2.47, 2, 1.17)', records: () => seed('002') }],
  invalid: [
    { name: '000: 当年决算 2.33 ≠ 1.66 + 1.92; 当年预算 6.77 ≠ 1.92 + 0.67 (上年 3.30 = 2.02 + 1.28 passes)', records: () => seed('000'), findings: 2 },
  ],
};
