import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { altered, codedRow, DEPT_BUDGET, recordsOf, reprint } from '../../helpers/records.js';

export const cases: RuleCases = {
  valid: [{ name: 'DEPT_BUDGET', records: () => recordsOf(DEPT_BUDGET) }],
  invalid: [
    {
      name: 'DEPT_BUDGET with 2080505 合计 in the 支出预算总表 reprinted 1.00 元 higher',
      records: altered(DEPT_BUDGET, (r) => {
        const s = codedRow(r.bu.bu03, '2080505').values.total;
        reprint(s, s?.state === 'number' ? s.figure.value.plus('0.0001').toFixed() : '0');
      }),
      findings: 1,
    },
  ],
};
