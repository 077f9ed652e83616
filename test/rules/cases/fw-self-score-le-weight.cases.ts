import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { edited, seed, withValue } from '../performance/seeds.js';
import { leaf } from '../performance/fw-edit.js';

export const cases: RuleCases = {
  valid: [{ name: '002: every 自评分 ≤ its weight in both frameworks', records: () => seed('002') }],
  invalid: [
    {
      name: '002 附件1 with 绩效目标合理性 (6分) self-scored 7',
      records: edited('002', (r) => {
        const n = leaf(r, 't0', '绩效目标合理性');
        n.selfScore = withValue(n.selfScore!, '7');
      }),
      findings: 1,
    },
  ],
};
