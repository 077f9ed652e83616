import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { alteredSeed, seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [
    {
      name: '000 with BD 三公 上年决算数 reprinted 5.96',
      records: alteredSeed('000', (r) => {
        const row = r.basicData[0]!.rows.find((x) => x.key === 'sangong')!;
        if (row.prevFin?.state !== 'number') throw new Error('no prevFin');
        row.prevFin.figure.value = row.prevFin.figure.value.plus('2.66');
      }),
    },
  ],
  invalid: [{ name: '000: 3.32 + 2.64 = 5.96 against BD 上年 3.30', records: () => seedRecords('000'), findings: 1 }],
};
