import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { seedRecords } from '../narrative/seeds.js';


export const cases: RuleCases = {
  valid: [
    { name: "004: every restated amount agrees", records: () => seedRecords('004') },
  ],
  invalid: [
    { name: "000: 执行数 38706.47 vs 1095.69, 执行率 100% vs 3%, 三公 2.33/1.66/0.67 vs 3.32/2.04/1.28", records: () => seedRecords('000'), findings: 5 },
    { name: "001: 服务对象满意度 98% vs 94.9; 预算完成率 100% vs 执行率 104.97%", records: () => seedRecords('001'), findings: 2 },
  ],
};
