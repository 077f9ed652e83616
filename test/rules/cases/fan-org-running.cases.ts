import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { alteredSeed, fact, reprintFigure, seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [{ name: '004 十: 238.32 = 公用经费; 51.83/290.15 → 17.9%; 45.95/192.37 → 23.9%', records: () => seedRecords('004') }],
  invalid: [
    {
      name: '004 with 十 增长 reprinted 33.9%',
      records: alteredSeed('004', (r) => {
        reprintFigure(fact(r, 'yoy', (y) => y.chapter === 10 && y.against === 'prior').pct, '33.9');
      }),
      findings: 1,
    },
  ],
};
