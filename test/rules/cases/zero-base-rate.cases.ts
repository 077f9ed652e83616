import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { alteredSeed, fact, reprintFigure, seedRecords } from '../narrative/seeds.js';


export const cases: RuleCases = {
  valid: [
    { name: "004: no rate for the five items with 年初预算 0", records: () => seedRecords('004') },
  ],
  invalid: [
    { name: "004 with 五(三)'s 年初预算数 reprinted 0", records: alteredSeed('004', (r) => {
      reprintFigure(fact(r, 'rate', (f) => f.ref.block === 'b104').den?.figure, '0');
    }), findings: 1 },
  ],
};
