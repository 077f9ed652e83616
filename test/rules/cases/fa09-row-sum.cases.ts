import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { altered, printed, SEED_004 } from '../../helpers/records.js';

export const cases: RuleCases = {
  valid: [
    {
      name: '公开09 合计 2.00 = 1.25 + 0.75',
      records: altered(SEED_004, (r) => {
        r.fa.t09 = {
          table: 't7',
          kind: 'fa09',
          keys: ['total', 'basic', 'project'],
          totals: [],
          unkeyed: [],
          rows: [
            {
              table: 't7',
              row: 3,
              code: '*',
              level: 0,
              name: '合计',
              values: { total: printed('2.00', 't7'), basic: printed('1.25', 't7'), project: printed('0.75', 't7') },
            },
          ],
        };
      }),
    },
  ],
  invalid: [
    {
      name: '公开09 合计 2.10 ≠ 1.25 + 0.75',
      records: altered(SEED_004, (r) => {
        r.fa.t09 = {
          table: 't7',
          kind: 'fa09',
          keys: ['total', 'basic', 'project'],
          totals: [],
          unkeyed: [],
          rows: [
            {
              table: 't7',
              row: 3,
              code: '*',
              level: 0,
              name: '合计',
              values: { total: printed('2.10', 't7'), basic: printed('1.25', 't7'), project: printed('0.75', 't7') },
            },
          ],
        };
      }),
      findings: 1,
    },
  ],
};
