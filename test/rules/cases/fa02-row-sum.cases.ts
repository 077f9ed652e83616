import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { altered, codedRow, FA_2024, recordsOf, reprint, SEED_004 } from '../../helpers/records.js';

export const cases: RuleCases = {
  valid: [
    { name: 'SEED_004', records: () => recordsOf(SEED_004) },
    { name: 'FA_2024', records: () => recordsOf(FA_2024) },
  ],
  invalid: [
    {
      name: '2010601 其他收入 reprinted 0.10',
      records: altered(FA_2024, (r) => {
        reprint(codedRow(r.fa.t02, '2010601').values.other, '0.10');
      }),
      findings: 1,
    },
  ],
};
