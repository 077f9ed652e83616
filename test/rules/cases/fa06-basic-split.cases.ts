import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { altered, codedRow, FA_2024, recordsOf, reprint } from '../../helpers/records.js';

export const cases: RuleCases = {
  valid: [{ name: 'FA_2024', records: () => recordsOf(FA_2024) }],
  invalid: [
    {
      name: '303 reprinted 96.41: Σ款 and 人员经费合计 both break',
      records: altered(FA_2024, (r) => {
        reprint(codedRow(r.fa.t06, '303').values.amount, '96.41');
      }),
      findings: 2,
    },
  ],
};
