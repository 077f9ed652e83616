import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { alteredSeed, fact, reprintFigure, seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [{ name: '001: 534450.95 − 319497.15 = 214953.80', records: () => seedRecords('001') }],
  invalid: [
    {
      name: '001 with 净值 reprinted 214963.8元',
      records: alteredSeed('001', (r) => {
        reprintFigure(fact(r, 'amount', (a) => a.metric === '固定资产净值').figure, '21.49638');
      }),
      findings: 1,
    },
  ],
};
