import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { alteredSeed, fact, reprintFigure } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [
    {
      name: '004 with 十四 项目 count reprinted 3 (= three 项 codes)',
      records: alteredSeed('004', (r) => {
        reprintFigure(fact(r, 'count', (c) => c.what === '项目').figure, '3');
      }),
    },
  ],
  invalid: [
    {
      name: '004 with 涉及资金 reprinted 50 (and the ambiguous 2 vs 3 count as info)',
      records: alteredSeed('004', (r) => {
        reprintFigure(fact(r, 'amount', (a) => a.ref.block === 'b149' && /涉及资金/.test(a.label)).figure, '50');
      }),
      findings: 2,
    },
  ],
};
