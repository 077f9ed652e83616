import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { altered, printed, SEED_004 } from '../../helpers/records.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'seed 004 with a 公开06 that prints 30217 2.50 ≥ 1.94 and 30231 6.00',
      records: altered(SEED_004, (r) => {
        r.fa.t06 = {
          table: 't9',
          kind: 'fa06',
          keys: ['amount'],
          totals: [],
          unkeyed: [],
          rows: [
            { table: 't9', row: 3, code: '30217', level: 2, name: '公务接待费', values: { amount: printed('2.50', 't9') } },
            { table: 't9', row: 4, code: '30231', level: 2, name: '公务用车运行维护费', values: { amount: printed('6.00', 't9') } },
          ],
        };
      }),
    },
  ],
  invalid: [
    {
      name: '30217 公务接待费 1.50 below 公开07 决算 1.94 (info)',
      records: altered(SEED_004, (r) => {
        r.fa.t06 = {
          table: 't9',
          kind: 'fa06',
          keys: ['amount'],
          totals: [],
          unkeyed: [],
          rows: [
            { table: 't9', row: 3, code: '30217', level: 2, name: '公务接待费', values: { amount: printed('1.50', 't9') } },
            { table: 't9', row: 4, code: '30231', level: 2, name: '公务用车运行维护费', values: { amount: printed('6.00', 't9') } },
          ],
        };
      }),
      findings: 1,
    },
  ],
};
