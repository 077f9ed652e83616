import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [{ name: '004 自评报告: 1.94 / 6.00 / 0 = 公开07', records: () => seedRecords('004') }],
  invalid: [{ name: '000: 3.32, 2.04, 1.28 and 0.67 against BD 2.33 / 1.66 / 1.92', records: () => seedRecords('000'), findings: 4 }],
};
