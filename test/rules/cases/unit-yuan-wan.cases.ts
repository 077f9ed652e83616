import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { alteredSeed, seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [{ name: '001: 176975384.52元 → 17697.54 and five more 元 amounts restate the 自评表', records: () => seedRecords('001') }],
  invalid: [
    {
      name: '001 with the 自评表 基本支出 年初预算数 reprinted 453.49 (text 4533869.52元 = 453.39)',
      records: alteredSeed('001', (r) => {
        const row = r.selfEval[0]!.fundRows.find((x) => x.key === 'basic')!;
        if (row.initBudget?.state !== 'number') throw new Error('no 基本支出 年初预算数');
        row.initBudget.figure.value = row.initBudget.figure.value.plus('0.1');
      }),
      findings: 1,
    },
  ],
};
