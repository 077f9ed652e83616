import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { altered, DEPT_BUDGET, recordsOf, UNIT_BUDGET } from '../../helpers/records.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'DEPT_BUDGET with item 12 预算安排 reprinted as the 208.8 its heading and the table print',
      records: altered(DEPT_BUDGET, (r) => {
        const it = r.budgetItems.find((x) => x.ordinal === 12)!;
        it.budget!.value = it.lead.value;
      }),
    },
  ],
  invalid: [
    { name: 'UNIT_BUDGET: item 7 56.12 vs 预算安排 57.8, item 13 207 vs 170.03 (the human checklist)', records: () => recordsOf(UNIT_BUDGET), findings: 2 },
  ],
};
