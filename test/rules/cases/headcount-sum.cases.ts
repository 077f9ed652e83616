import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { alteredSeed, fact, reprintFigure, seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [{ name: '004: 79.25 + 32.66 = 111.91 and four more; 2867 + 3568 = 6435', records: () => seedRecords('004') }],
  invalid: [
    {
      name: '004 with 在职 reprinted 80.25 万人',
      records: alteredSeed('004', (r) => {
        reprintFigure(fact(r, 'headcount', (h) => h.figure.value.eq('79.25')).figure, '80.25');
      }),
      findings: 1,
    },
  ],
};
