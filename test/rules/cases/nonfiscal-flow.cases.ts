import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [{ name: '004: no non-fiscal income or spending', records: () => seedRecords('004') }],
  invalid: [{ name: '000: 其他资金 96.87 spent against 其他收入 45.02; 结转结余 28 unverifiable', records: () => seedRecords('000'), findings: 1 }],
};
