import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { realText, seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [
    { name: '004: 减少/下降 agree', records: () => seedRecords('004') },
    { name: '上海普陀 2024 决算 一: 收入支出总计减少56.95万元，下降1.87%', records: realText('上海市普陀区财政局2024年度部门决算.pdf') },
  ],
  invalid: [
    { name: '000 §二(二)1(2): 比上增加年减少208.69万元，增加24%', records: () => seedRecords('000'), findings: 1 },
    // The 决算 template prints "减少（增加）XXX 万元，下降（增长）XX%"; a writer who fills in the figures and leaves a word of the pair.
    {
      name: '上海普陀 2024 决算 一 as the template leaves it: 减少56.95万元，下降（增长）1.87%',
      records: realText('上海市普陀区财政局2024年度部门决算.pdf', ['减少56.95万元，下降1.87%', '减少56.95万元，下降（增长）1.87%']),
      findings: 1,
    },
  ],
};
