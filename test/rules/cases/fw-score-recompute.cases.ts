import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { edited, seed, withValue } from '../performance/seeds.js';
import { leaf } from '../performance/fw-edit.js';

export const cases: RuleCases = {
  valid: [
    {
      name: '002 with 公用经费控制率 and 项目 预算执行率 self-scored 3 (what the data gives)',
      records: edited('002', (r) => {
        for (const [t, name] of [
          ['t0', '公用经费控制率'],
          ['t2', '预算执行率'],
        ] as const) {
          const n = leaf(r, t, name);
          n.selfScore = withValue(n.selfScore!, '3');
        }
      }),
    },
  ],
  invalid: [{ name: '002: 公用经费控制率 77.98/86.63 = 90.02% → 3 (self 2); 项目 预算执行率 100% → 3 (self 2)', records: () => seed('002'), findings: 2 }],
};
