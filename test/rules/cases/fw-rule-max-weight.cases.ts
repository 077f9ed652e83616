import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { edited, seed } from '../performance/seeds.js';
import { leaf, only } from '../performance/fw-edit.js';

export const cases: RuleCases = {
  valid: [
    {
      name: '002 附件1 with the 三公变动率 rule reading "计2分"',
      records: edited('002', (r) => {
        only('t0')(r);
        const n = leaf(r, 't0', '“三公经费”变动率');
        n.ruleText = n.ruleText!.replace('计5分', '计2分');
      }),
    },
  ],
  invalid: [{ name: '002: 三公变动率 计5分 on 2; 完成及时性 计5分 on 10; 实施效益 计5分 on 20', records: () => seed('002'), findings: 3 }],
};
