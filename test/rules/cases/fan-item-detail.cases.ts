import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { alteredSeed, amountIn, reprintFigure, seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [{ name: '004: items 1–7 = 公开05; Σ 年初 = 1366.77; Σ 决算 1387.54 vs 1387.53 a residual', records: () => seedRecords('004') }],
  invalid: [
    {
      name: '004 with item 1 决算 reprinted 1247.25',
      records: alteredSeed('004', (r) => {
        reprintFigure(amountIn(r, 'b106', '1246.25').figure, '1247.25');
      }),
      findings: 2,
    },
  ],
};
