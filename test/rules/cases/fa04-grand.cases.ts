import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { altered, FA_2024, line, recordsOf, reprint, SEED_004 } from '../../helpers/records.js';

export const cases: RuleCases = {
  valid: [
    { name: 'SEED_004', records: () => recordsOf(SEED_004) },
    { name: 'FA_2024', records: () => recordsOf(FA_2024) },
  ],
  invalid: [
    {
      name: '年末 一般公共预算 reprinted 12.63',
      records: altered(FA_2024, (r) => {
        reprint(line(r.fa.t04!.out.closing).values.gpb, '12.63');
      }),
      findings: 1,
    },
  ],
};
