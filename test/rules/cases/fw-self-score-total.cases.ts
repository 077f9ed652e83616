import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { edited, seed } from '../performance/seeds.js';
import { only } from '../performance/fw-edit.js';

export const cases: RuleCases = {
  valid: [{ name: '002 附件1: Σ 自评分 98 = 98', records: edited('002', only('t0')) }],
  invalid: [{ name: '002 附件4-1: Σ 自评分 95 ≠ 98', records: () => seed('002'), findings: 1 }],
};
