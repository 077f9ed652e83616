import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { seed } from '../performance/seeds.js';

export const cases: RuleCases = {
  valid: [
    { name: '000: 10/50/30/10 = template V1 (its 说明)', records: () => seed('000') },
    { name: '004: 产出 4 × 12.5 = 50, 效益 4 × 7.5 = 30, 满意度 10 (V1 by default)', records: () => seed('004') },
  ],
  invalid: [{ name: '001: 部门管理 40 against V2 20, and 能力建设 (10) absent', records: () => seed('001'), findings: 2 }],
};
