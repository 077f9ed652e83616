import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { altered, codedRow, FA_2024, recordsOf, reprint, SEED_004 } from '../../helpers/records.js';

export const cases: RuleCases = {
  valid: [
    { name: 'SEED_004', records: () => recordsOf(SEED_004) },
    { name: 'FA_2024', records: () => recordsOf(FA_2024) },
  ],
  invalid: [
    {
      name: '2080101 基本支出 reprinted 1264.25',
      records: altered(SEED_004, (r) => {
        reprint(codedRow(r.fa.t05, '2080101').values.basic, '1264.25');
      }),
      findings: 1,
    },
  ],
};
