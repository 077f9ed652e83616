import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { alteredSeed, amountIn, reprintFigure, seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [{ name: '002: 3035.79 + 3.77; 35453.09 + 14288.45; 21233.3 + 93.77 + 2.94', records: () => seedRecords('002') }],
  invalid: [
    {
      name: '002 with 城乡 转移支出 reprinted 4.77',
      records: alteredSeed('002', (r) => {
        reprintFigure(amountIn(r, 'b22', '3.77').figure, '4.77');
      }),
      findings: 1,
    },
  ],
};
