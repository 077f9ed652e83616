import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { altered, FA_2024, line, recordsOf, reprint, SEED_004 } from '../../helpers/records.js';

export const cases: RuleCases = {
  valid: [
    { name: 'SEED_004', records: () => recordsOf(SEED_004) },
    { name: 'FA_2024', records: () => recordsOf(FA_2024) },
  ],
  invalid: [
    {
      name: '支出总计 reprinted 1387.35',
      records: altered(SEED_004, (r) => {
        reprint(line(r.fa.t01!.out.grand).values.amount, '1387.35');
      }),
      findings: 1,
    },
  ],
};
