import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [
    { name: '004: 1387.53 = 1333.74 + 53.79 (three times), 5.79 = 4.08 + 1.71', records: () => seedRecords('004') },
    { name: '002: 56 = 6 + 50; 66 = 56 + 10', records: () => seedRecords('002') },
  ],
  invalid: [{ name: '000 §二(一): 38706.47 vs 37938.4 + 583.64 + 56.43 = 38578.47', records: () => seedRecords('000'), findings: 1 }],
};
