import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { edited, seed, withValue } from '../performance/seeds.js';

export const cases: RuleCases = {
  valid: [
    { name: '004: 得分(分值×执行率) 10 × 100% = 10', records: () => seed('004') },
    { name: '002 附件4-2: 10 × 100% = 10 (×2)', records: () => seed('002') },
  ],
  invalid: [
    { name: '000: 7 fits no rule (分值×执行率 = 0.28; framework 0)', records: () => seed('000'), findings: 1 },
    {
      name: '004 with the 预算执行率 score changed to 9 under the explicit formula',
      records: edited('004', (r) => {
        const f = r.selfEval[0]!.fund!;
        f.score = withValue(f.score!, '9');
      }),
      findings: 1,
    },
  ],
};
