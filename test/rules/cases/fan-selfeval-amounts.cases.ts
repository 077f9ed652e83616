import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { alteredSeed, amountIn, reprintFigure, seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [{ name: '004 自评报告: 1387.53, 1333.74, 53.79, 年初 1366.77, 结余结转 0', records: () => seedRecords('004') }],
  invalid: [
    {
      name: '004 with 自评报告 二 基本支出 reprinted 1334.74',
      records: alteredSeed('004', (r) => {
        reprintFigure(amountIn(r, 'b169', '1333.74').figure, '1334.74');
      }),
      findings: 1,
    },
  ],
};
