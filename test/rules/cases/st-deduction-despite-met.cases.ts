import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { seed } from '../performance/seeds.js';

export const cases: RuleCases = {
  valid: [{ name: '002 附件4-2: every met target has full marks', records: () => seed('002') }],
  invalid: [
    { name: '000: 质量 19.8/20, 社会效益 9.8/10, 生态效益 9.9/10, 满意度 9.8/10 (info)', records: () => seed('000'), findings: 4 },
    { name: '004: 满意度 大于95% vs 大于等于95%, 9.5/10 (info)', records: () => seed('004'), findings: 1 },
  ],
};
