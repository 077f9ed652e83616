import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { alteredSeed, fact, reprintFigure, seedRecords } from '../narrative/seeds.js';


export const cases: RuleCases = {
  valid: [
    { name: "004 十二: 35.40 = 35.40 + 0 + 0; 小微 ≤ 中小 ≤ 总额", records: () => seedRecords('004') },
  ],
  invalid: [
    { name: "004 with 货物 reprinted 30.40", records: alteredSeed('004', (r) => {
      reprintFigure(fact(r, 'amount', (a) => a.metric === '政府采购货物').figure, '30.40');
    }), findings: 1 },
  ],
};
