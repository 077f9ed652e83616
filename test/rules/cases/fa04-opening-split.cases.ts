import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { altered, FA_2024, line, recordsOf, reprint } from '../../helpers/records.js';

export const cases: RuleCases = {
  valid: [{ name: 'FA_2024', records: () => recordsOf(FA_2024) }],
  invalid: [
    {
      name: '年初 一般公共预算 reprinted 21.36',
      records: altered(FA_2024, (r) => {
        reprint(line(r.fa.t04!.in.openingGpb).values.amount, '21.36');
      }),
      findings: 1,
    },
  ],
};
