import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { alteredSeed, fact, realText, reprintFigure, seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [{ name: '004: no rate for the five items with 年初预算 0', records: () => seedRecords('004') }],
  invalid: [
    {
      name: "004 with 五(三)'s 年初预算数 reprinted 0",
      records: alteredSeed('004', (r) => {
        reprintFigure(fact(r, 'rate', (f) => f.ref.block === 'b104').den?.figure, '0');
      }),
      findings: 1,
    },
    // 七(一): "因公出国（境）费决算为0.00万元，完成预算的0%；公务用车购置及运行维护费支出决算为0.00万元，完成预算的0%" — both 预算 blank in 公开07.
    { name: '上海普陀 2024 决算 七(一): 完成预算的0% of a blank 预算, twice', records: realText('上海市普陀区财政局2024年度部门决算.pdf'), findings: 2 },
    // 六(一): "2026年预算安排 0.00万元，比上年增加 0.00万元，增长 0.00%" — growth over a prior of 0.00.
    {
      name: '泉州 2026 六(一) 因公出国（境）经费: 增长 0.00% over a prior year of 0.00',
      records: realText('2026年泉州市人民政府办公室部门预算.pdf'),
      findings: 1,
    },
  ],
};
