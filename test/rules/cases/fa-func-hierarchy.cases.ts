import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { altered, codedRow, FA_2024, recordsOf, reprint, SEED_004 } from '../../helpers/records.js';

export const cases: RuleCases = {
  valid: [
    { name: 'SEED_004', records: () => recordsOf(SEED_004) },
    { name: 'FA_2024', records: () => recordsOf(FA_2024) },
  ],
  invalid: [
    {
      name: '2080501 小计 reprinted 17.87 under its single-child parent 20805',
      records: altered(SEED_004, (r) => {
        reprint(codedRow(r.fa.t05, '2080501').values.subtotal, '17.87');
      }),
      findings: 1,
    },
  ],
};
