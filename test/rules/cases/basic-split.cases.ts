import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { alteredSeed, amountIn, reprintFigure, seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [
    { name: '004: 1095.42 + 238.32 = 1333.74; 967.99 + 127.43 = 1095.42; 238.32 = 238.32', records: () => seedRecords('004') },
    { name: '002: 338.16 + 77.98 = 416.14', records: () => seedRecords('002') },
  ],
  invalid: [
    {
      name: '004 with 六 人员经费 reprinted 1096.42',
      records: alteredSeed('004', (r) => {
        reprintFigure(amountIn(r, 'b120', '1095.42').figure, '1096.42');
      }),
      findings: 2,
    },
  ],
};
