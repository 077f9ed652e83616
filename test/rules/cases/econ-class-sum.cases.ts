import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { alteredSeed, amountIn, reprintFigure, seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [
    { name: '004: 967.99 + 238.32 + 127.43 = 1333.74; 48 + 5.79 = 53.79', records: () => seedRecords('004') },
    { name: '000: 836 + 208.61 + 51.08 = 1095.69', records: () => seedRecords('000') },
  ],
  invalid: [
    {
      name: '004 with 工资和福利支出 reprinted 968.99',
      records: alteredSeed('004', (r) => {
        reprintFigure(amountIn(r, 'b174', '967.99').figure, '968.99');
      }),
      findings: 1,
    },
  ],
};
