import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [{ name: '004: 收支总计, 财政拨款收支总计 and 一般公共预算财政拨款支出 all imply 1484.80', records: () => seedRecords('004') }],
  invalid: [{ name: '000: 704.59 vs 840.10 (budgets), 852.25 vs 852.35 (财政拨款)', records: () => seedRecords('000'), findings: 2 }],
};
