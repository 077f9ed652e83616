import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { alteredSeed, fact, reprintFigure, seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [{ name: '004: 保有量 1 = 车辆 1', records: () => seedRecords('004') }],
  invalid: [
    {
      name: '004 with 十三 车辆 reprinted 2',
      records: alteredSeed('004', (r) => {
        reprintFigure(fact(r, 'count', (c) => c.what === '车辆' && c.chapter === 13).figure, '2');
      }),
      findings: 1,
    },
  ],
};
