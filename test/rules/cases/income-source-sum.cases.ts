import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { alteredSeed, amountIn, reprintFigure, seedRecords } from '../narrative/seeds.js';


export const cases: RuleCases = {
  valid: [
    { name: "000: 998.82 + 45.02 = 1043.84", records: () => seedRecords('000') },
  ],
  invalid: [
    { name: "000 with 其他收入 reprinted 46.02 in §二(二)", records: alteredSeed('000', (r) => {
      reprintFigure(amountIn(r, 'b31', '45.02').figure, '46.02');
    }), findings: 1 },
  ],
};
