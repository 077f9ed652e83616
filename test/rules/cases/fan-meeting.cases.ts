import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { alteredSeed, fact, reprintFigure, seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [{ name: '004 十一: 0 + 0 + 0.2 = 0.2', records: () => seedRecords('004') }],
  invalid: [
    {
      name: '004 with 其他费用 reprinted 2.2 (the 0 万元 parts carry half-units of 0.5)',
      records: alteredSeed('004', (r) => {
        reprintFigure(fact(r, 'amount', (a) => a.ref.block === 'b140' && /其他费用/.test(a.label)).figure, '2.2');
      }),
      findings: 1,
    },
  ],
};
