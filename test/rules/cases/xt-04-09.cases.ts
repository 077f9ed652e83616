import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { altered, printed, recordsOf, SEED_004 } from '../../helpers/records.js';

export const cases: RuleCases = {
  valid: [{ name: 'no 国有资本经营预算 anywhere (seed 004)', records: () => recordsOf(SEED_004) }],
  invalid: [
    {
      name: '公开09 prints 合计 3.00 while 公开04 prints no 国有资本经营 spending',
      records: altered(SEED_004, (r) => {
        r.fa.t09 = {
          table: 't7',
          kind: 'fa09',
          keys: ['total'],
          totals: [],
          unkeyed: [],
          rows: [{ table: 't7', row: 3, code: '*', level: 0, name: '合计', values: { total: printed('3.00', 't7') } }],
        };
      }),
      findings: 1,
    },
  ],
};
