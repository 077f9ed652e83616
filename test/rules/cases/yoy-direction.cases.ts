import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { seedRecords } from '../narrative/seeds.js';


export const cases: RuleCases = {
  valid: [
    { name: "004: 减少/下降 agree", records: () => seedRecords('004') },
  ],
  invalid: [
    { name: "000 §二(二)1(2): 比上增加年减少208.69万元，增加24%", records: () => seedRecords('000'), findings: 1 },
  ],
};
