import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { altered, codedRow, FA_2024, recordsOf, reprint, SEED_004 } from '../../helpers/records.js';

export const cases: RuleCases = {
  valid: [
    { name: 'SEED_004', records: () => recordsOf(SEED_004) },
    { name: 'FA_2024', records: () => recordsOf(FA_2024) },
  ],
  invalid: [
    {
      name: '20801 项目支出 reprinted 58.00',
      records: altered(SEED_004, (r) => {
        reprint(codedRow(r.fa.t03, '20801').values.project, '58.00');
      }),
      findings: 1,
    },
  ],
};
