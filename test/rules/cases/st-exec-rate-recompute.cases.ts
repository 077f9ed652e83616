import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { seed } from '../performance/seeds.js';

export const cases: RuleCases = {
  valid: [
    { name: '000: 1095.69 / 38706.47 = 2.83% → "3%"', records: () => seed('000') },
    { name: '004: 1387.53 / 1387.53 = 100%', records: () => seed('004') },
  ],
  invalid: [{ name: '001: each stated rate is 实际/年初 (104.97, 196.62, 102.56), not 实际/全年 = 100', records: () => seed('001'), findings: 3 }],
};
