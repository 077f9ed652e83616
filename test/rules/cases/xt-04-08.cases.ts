import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { altered, printed, recordsOf, SEED_004 } from '../../helpers/records.js';

export const cases: RuleCases = {
  valid: [{ name: 'no 政府性基金 anywhere (seed 004)', records: () => recordsOf(SEED_004) }],
  invalid: [
    {
      name: '公开08 prints 本年支出 5.00 while 公开04 prints no 政府性基金 spending',
      records: altered(SEED_004, (r) => {
        r.fa.t08 = {
          table: 't6',
          kind: 'fa08',
          keys: ['outSub'],
          totals: [],
          unkeyed: [],
          rows: [{ table: 't6', row: 3, code: '*', level: 0, name: '合计', values: { outSub: printed('5.00') } }],
        };
      }),
      findings: 1,
    },
  ],
};
