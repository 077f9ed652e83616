import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { DEPT_BUDGET, FA_2024, recordsOf, UNIT_BUDGET } from '../../helpers/records.js';

export const cases: RuleCases = {
  valid: [{ name: 'FA_2024', records: () => recordsOf(FA_2024) }],
  invalid: [
    {
      name: 'UNIT_BUDGET: 增加（减少） left in, 主要原因是。, 部门预算安排 twice in a 单位预算 (the human checklist)',
      records: () => recordsOf(UNIT_BUDGET),
      findings: 4,
    },
    { name: 'DEPT_BUDGET: 。。 in item 5, an extra ” in 项目经费情况说明 (the human checklist)', records: () => recordsOf(DEPT_BUDGET), findings: 2 },
  ],
};
