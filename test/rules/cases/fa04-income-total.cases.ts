import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { altered, FA_2024, line, recordsOf, reprint, SEED_004 } from '../../helpers/records.js';

export const cases: RuleCases = {
  valid: [
    { name: 'SEED_004', records: () => recordsOf(SEED_004) },
    { name: 'FA_2024', records: () => recordsOf(FA_2024) },
  ],
  invalid: [
    {
      name: '本年收入合计 reprinted 2904.05',
      records: altered(FA_2024, (r) => {
        reprint(line(r.fa.t04!.in.total).values.amount, '2904.05');
      }),
      findings: 1,
    },
  ],
};
