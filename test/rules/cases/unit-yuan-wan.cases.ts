import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { alteredSeed, realText, seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [
    { name: '001: 176975384.52元 → 17697.54 and five more 元 amounts restate the 自评表', records: () => seedRecords('001') },
    // 武汉 2026 prints its one amount in 元 as a rate per person ("人均月补贴90元") among 52 in 万元: no unit question.
    { name: '武汉信访局 2026: 人均月补贴90元 among 万元 amounts', records: realText('2026年武汉市信访局部门预算.pdf') },
  ],
  invalid: [
    // 苏州 2026 八 "涉及财政性资金合计 339.5 万元" printed 339.5 元, the one amount in 元 among the 说明's amounts in 万元.
    {
      name: '苏州审计局 2026 with 涉及财政性资金合计 339.5 元 among amounts in 万元: a unit-suspect warning',
      records: realText('2026年苏州市审计局部门预算.pdf', ['资金合计 339.5 万元', '资金合计 339.5 元']),
      findings: 1,
    },
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
