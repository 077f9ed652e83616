import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { altered, FA_2024, recordsOf, reprint, SEED_004 } from '../../helpers/records.js';

export const cases: RuleCases = {
  valid: [
    { name: 'SEED_004', records: () => recordsOf(SEED_004) },
    { name: 'FA_2024', records: () => recordsOf(FA_2024) },
  ],
  invalid: [
    {
      name: '一般公共服务支出 reprinted 2106.76',
      records: altered(FA_2024, (r) => {
        reprint(r.fa.t01!.func[0]!.values.amount, '2106.76');
      }),
      findings: 1,
    },
  ],
};
