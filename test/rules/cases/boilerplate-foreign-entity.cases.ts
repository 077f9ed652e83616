import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [{ name: "004: no other department's business", records: () => seedRecords('004') }],
  invalid: [{ name: '001: 民政各项工作, 民政系统, 民政专项, 民政维稳', records: () => seedRecords('001'), findings: 4 }],
};
