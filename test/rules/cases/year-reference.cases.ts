import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [{ name: '004: no sentence opens on another year', records: () => seedRecords('004') }],
  invalid: [
    { name: '002: 附件5-1 "2019年社保中心…" and 附件1 重点工作办结率 "绩效办2019年" in a 2020 report', records: () => seedRecords('002'), findings: 2 },
  ],
};
