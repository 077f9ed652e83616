import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { alteredSeed, amountIn, reprintFigure, seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [{ name: '004: 1095.42 + 238.32 = 1333.74 = 公开05 基本支出', records: () => seedRecords('004') }],
  invalid: [
    {
      name: '004 with 六 人员经费 reprinted 1096.42',
      records: alteredSeed('004', (r) => {
        reprintFigure(amountIn(r, 'b120', '1095.42').figure, '1096.42');
      }),
      findings: 1,
    },
  ],
};
