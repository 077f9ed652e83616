import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { altered, recordsOf, reprintSangong, SEED_004 } from '../../helpers/records.js';

export const cases: RuleCases = {
  valid: [{ name: 'SEED_004', records: () => recordsOf(SEED_004) }],
  invalid: [
    {
      name: '预算 运行费 reprinted 5.00',
      records: altered(SEED_004, (r) => {
        reprintSangong(r, 'bud', 'carRun', '5.00');
      }),
      findings: 1,
    },
  ],
};
