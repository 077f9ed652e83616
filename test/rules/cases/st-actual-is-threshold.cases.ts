import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { seed } from '../performance/seeds.js';

export const cases: RuleCases = {
  valid: [{ name: '000: every actual is a measurement', records: () => seed('000') }],
  invalid: [{ name: '002: both 附件4-2 满意度 actuals are "≥98%" (info)', records: () => seed('002'), findings: 2 }],
};
