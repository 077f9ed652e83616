import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { altered, codedRow, FA_2024, recordsOf, reprint } from '../../helpers/records.js';

export const cases: RuleCases = {
  valid: [{ name: 'FA_2024', records: () => recordsOf(FA_2024) }],
  invalid: [
    {
      name: '公开05 合计 基本支出 reprinted 2336.19',
      records: altered(FA_2024, (r) => {
        reprint(codedRow(r.fa.t05, '*').values.basic, '2336.19');
      }),
      findings: 1,
    },
  ],
};
