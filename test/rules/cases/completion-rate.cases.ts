import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { alteredSeed, fact, reprintFigure, seedRecords } from '../narrative/seeds.js';


export const cases: RuleCases = {
  valid: [
    { name: "004: 101.5%, 94.5%, 100.0%, 88.2%, 64.7%, 100.0%, 20.0%", records: () => seedRecords('004') },
    { name: "000: 1095.69/38706.47 = 2.83% → 3%", records: () => seedRecords('000') },
  ],
  invalid: [
    { name: "004 with item 1's 94.5% reprinted 95.5%", records: alteredSeed('004', (r) => {
      reprintFigure(fact(r, 'rate', (f) => f.ref.block === 'b106').pct, '95.5');
    }), findings: 1 },
  ],
};
