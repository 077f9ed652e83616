import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { alteredSeed, fact, reprintFigure, seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [{ name: '004: 96.1 + 3.9; 82.1 + 17.9; 24.4 + 0.0 + 75.6', records: () => seedRecords('004') }],
  invalid: [
    {
      name: '004 with 三 项目支出 share reprinted 4.9%',
      records: alteredSeed('004', (r) => {
        reprintFigure(fact(r, 'share', (s) => s.ref.block === 'b95' && s.pct.value.eq('3.9')).pct, '4.9');
      }),
      findings: 1,
    },
  ],
};
