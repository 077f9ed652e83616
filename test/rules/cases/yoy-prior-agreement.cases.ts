import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { alteredSeed, seedRecords } from '../narrative/seeds.js';


export const cases: RuleCases = {
  valid: [
    { name: "000 with BD 部门基本支出 上年决算数 reprinted 800 (≤ 887.00)", records: alteredSeed('000', (r) => {
      const row = r.basicData[0]!.rows.find((x) => x.key === 'basic')!;
      if (row.prevFin?.state !== 'number') throw new Error('no prevFin');
      row.prevFin.figure.value = row.prevFin.figure.value.minus('142.29');
    }) },
  ],
  invalid: [
    { name: "000: implied 2021 total 887.00 < BD 基本支出 上年 942.29", records: () => seedRecords('000'), findings: 1 },
  ],
};
