import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { alteredSeed, fact, reprintFigure, seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [
    { name: '004 自评报告: 1366.77 + 20.76 = 1387.53', records: () => seedRecords('004') },
    { name: '000 §六: 38706.47 + 0 = 38706.47', records: () => seedRecords('000') },
  ],
  invalid: [
    {
      name: '004 with 调整追加 reprinted 21.76',
      records: alteredSeed('004', (r) => {
        reprintFigure(fact(r, 'amount', (a) => a.metric === '调整追加').figure, '21.76');
      }),
      findings: 1,
    },
  ],
};
