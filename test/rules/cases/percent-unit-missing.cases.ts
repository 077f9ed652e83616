import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [{ name: '004: every rate prints %', records: () => seedRecords('004') }],
  invalid: [{ name: '001 自评表: 服务对象满意度 actual 94.9', records: () => seedRecords('001'), findings: 1 }],
};
