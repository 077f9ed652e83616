import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { edited, seed } from '../performance/seeds.js';
import { only } from '../performance/fw-edit.js';

export const cases: RuleCases = {
  valid: [{ name: '002 附件1: every step-rule score is reachable', records: edited('002', only('t0')) }],
  invalid: [{ name: '002 附件4-1: 管理制度健全性 (5分, 每缺一项扣3分) self-scored 4 ∉ {5, 2, 0}', records: () => seed('002'), findings: 1 }],
};
