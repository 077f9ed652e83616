import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { altered, FA_2024, line, recordsOf, reprint, SEED_004 } from '../../helpers/records.js';

export const cases: RuleCases = {
  valid: [
    { name: 'SEED_004', records: () => recordsOf(SEED_004) },
    { name: 'FA_2024', records: () => recordsOf(FA_2024) },
  ],
  invalid: [
    {
      name: '年初结转和结余 reprinted 50.14',
      records: altered(FA_2024, (r) => {
        reprint(line(r.fa.t01!.in.opening).values.amount, '50.14');
      }),
      findings: 1,
    },
  ],
};
