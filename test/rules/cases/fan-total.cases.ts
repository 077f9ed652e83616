import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { alteredSeed, amountIn, reprintFigure, seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [{ name: '004: 一–四 1387.53 = 公开01/04', records: () => seedRecords('004') }],
  invalid: [
    {
      name: '004 with 一 收支总计 reprinted 1388.53',
      records: alteredSeed('004', (r) => {
        reprintFigure(amountIn(r, 'b91', '1387.53').figure, '1388.53');
      }),
      findings: 1,
    },
  ],
};
