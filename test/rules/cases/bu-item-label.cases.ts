import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { altered, DEPT_BUDGET, recordsOf } from '../../helpers/records.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'DEPT_BUDGET with item 11 naming 210 as the table does (卫生健康支出)',
      records: altered(DEPT_BUDGET, (r) => {
        r.budgetItems.find((x) => x.ordinal === 11)!.names.lei = '卫生健康支出';
      }),
    },
  ],
  invalid: [
    {
      name: 'DEPT_BUDGET: item 11 prints 医疗卫生与计划生育支出（210类）; the tables print 卫生健康支出 (the human checklist)',
      records: () => recordsOf(DEPT_BUDGET),
      findings: 1,
    },
  ],
};
