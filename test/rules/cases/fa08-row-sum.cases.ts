import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { altered, printed, SEED_004 } from '../../helpers/records.js';

export const cases: RuleCases = {
  valid: [
    {
      name: '公开08 合计: 2.00 = 1.00 + 1.00, 年末 1.00 = 1.00 + 2.00 − 2.00',
      records: altered(SEED_004, (r) => {
        r.fa.t08 = {
          table: 't6',
          kind: 'fa08',
          keys: ['opening', 'income', 'outSub', 'outBasic', 'outProject', 'closing'],
          totals: [],
          unkeyed: [],
          rows: [
            {
              table: 't6',
              row: 3,
              code: '*',
              level: 0,
              name: '合计',
              values: {
                opening: printed('1.00'),
                income: printed('2.00'),
                outSub: printed('2.00'),
                outBasic: printed('1.00'),
                outProject: printed('1.00'),
                closing: printed('1.00'),
              },
            },
          ],
        };
      }),
    },
  ],
  invalid: [
    {
      name: '公开08 合计 小计 2.50 ≠ 1.00 + 1.00 (年末 0.50 agrees with it)',
      records: altered(SEED_004, (r) => {
        r.fa.t08 = {
          table: 't6',
          kind: 'fa08',
          keys: ['opening', 'income', 'outSub', 'outBasic', 'outProject', 'closing'],
          totals: [],
          unkeyed: [],
          rows: [
            {
              table: 't6',
              row: 3,
              code: '*',
              level: 0,
              name: '合计',
              values: {
                opening: printed('1.00'),
                income: printed('2.00'),
                outSub: printed('2.50'),
                outBasic: printed('1.00'),
                outProject: printed('1.00'),
                closing: printed('0.50'),
              },
            },
          ],
        };
      }),
      findings: 1,
    },
  ],
};
