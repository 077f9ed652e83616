import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { altered, FA_2024, line, recordsOf, reprint, SEED_004 } from '../../helpers/records.js';

export const cases: RuleCases = {
  valid: [
    { name: 'SEED_004', records: () => recordsOf(SEED_004) },
    { name: 'FA_2024', records: () => recordsOf(FA_2024) },
  ],
  invalid: [
    {
      name: '公开04 年初 reprinted 94.14 above 公开01 年初 49.14',
      records: altered(FA_2024, (r) => {
        reprint(line(r.fa.t04!.in.opening).values.amount, '94.14');
      }),
      findings: 1,
    },
  ],
};
