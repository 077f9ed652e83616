import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { alteredSeed, amountIn, reprintFigure, seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [
    { name: '004: 0 + 6 + 1.94 = 7.94 ≤ 238.32', records: () => seedRecords('004') },
    { name: '000: 1.66 + 1.92 ≤ 208.61', records: () => seedRecords('000') },
  ],
  invalid: [
    {
      name: '004 with 六 公用经费 reprinted 5',
      records: alteredSeed('004', (r) => {
        reprintFigure(amountIn(r, 'b120', '238.32').figure, '5');
      }),
      findings: 1,
    },
  ],
};
