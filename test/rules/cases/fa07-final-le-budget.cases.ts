import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { altered, FA_2024, recordsOf, reprintSangong, SEED_004 } from '../../helpers/records.js';

export const cases: RuleCases = {
  valid: [
    { name: 'SEED_004', records: () => recordsOf(SEED_004) },
    { name: 'FA_2024', records: () => recordsOf(FA_2024) },
  ],
  invalid: [
    {
      name: '决算 公务接待 reprinted 3.50 above its 预算 3.00',
      records: altered(SEED_004, (r) => {
        reprintSangong(r, 'fin', 'reception', '3.50');
      }),
      findings: 1,
    },
  ],
};
