import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { alteredSeed, fact, reprintFigure, seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [{ name: '004: 96.1%, 3.9%, 100.0%, 82.1%, 17.9% from 公开01/03/05', records: () => seedRecords('004') }],
  invalid: [
    {
      name: '004 with 三 基本支出 share reprinted 95.1%',
      records: alteredSeed('004', (r) => {
        reprintFigure(fact(r, 'share', (s) => s.ref.block === 'b95' && s.pct.value.eq('96.1')).pct, '95.1');
      }),
      findings: 1,
    },
  ],
};
