import { Decimal } from 'decimal.js';
import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { altered, DEPT_BUDGET, recordsOf } from '../../helpers/records.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'DEPT_BUDGET with items 6, 9 and 12 reprinted as their amounts give (−91.11%, 17.93%, 1.59%)',
      records: altered(DEPT_BUDGET, (r) => {
        for (const [n, dir, pct] of [
          [6, '减少', '91.11'],
          [9, '增加', '17.93'],
          [12, '增加', '1.59'],
        ] as const) {
          const it = r.budgetItems.find((x) => x.ordinal === n)!;
          it.change = { direction: dir, pct: { ...it.change!.pct!, value: new Decimal(pct) } };
        }
      }),
    },
  ],
  invalid: [
    {
      name: 'DEPT_BUDGET: item 6 "增加17.62%" for 3845.49 against 43269.3; item 9 17.66% for 17.93%; item 12 5.27% for 1.59%',
      records: () => recordsOf(DEPT_BUDGET),
      findings: 3,
    },
  ],
};
