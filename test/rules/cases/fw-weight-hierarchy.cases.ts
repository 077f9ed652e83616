import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { edited, seed } from '../performance/seeds.js';
import { only } from '../performance/fw-edit.js';

export const cases: RuleCases = {
  valid: [{ name: '002 附件1: 投入 20 = 14 + 6, 过程 40 = 26 + 8 + 6, 产出 20, 效果 20; Σ 100', records: edited('002', only('t0')) }],
  invalid: [{ name: '002 附件4-1: 资金管理 10 ≠ 7; 预算支出效益 10 ≠ 30; leaves 97 ≠ 100', records: () => seed('002'), findings: 3 }],
};
