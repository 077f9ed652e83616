import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { alteredSeed, amountIn, reprintFigure, seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [{ name: '004 七: 9 / 7.94, 3 / 1.94, 6 / 6 = 公开07', records: () => seedRecords('004') }],
  invalid: [
    {
      name: '004 with 七 公务接待费 决算 reprinted 2.94',
      records: alteredSeed('004', (r) => {
        reprintFigure(amountIn(r, 'b125', '1.94').figure, '2.94');
      }),
      findings: 1,
    },
  ],
};
