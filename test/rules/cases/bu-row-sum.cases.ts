import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { altered, codedRow, DEPT_BUDGET, recordsOf, reprint, UNIT_BUDGET } from '../../helpers/records.js';

export const cases: RuleCases = {
  valid: [
    { name: 'DEPT_BUDGET', records: () => recordsOf(DEPT_BUDGET) },
    {
      name: 'UNIT_BUDGET with 2040601 项目支出 reprinted as the 0 its 合计 implies',
      records: altered(UNIT_BUDGET, (r) => {
        reprint(codedRow(r.bu.bu03, '2040601').values.project, '0');
        reprint(codedRow(r.bu.bu05, '2040601').values.project, '0');
      }),
    },
  ],
  invalid: [
    {
      name: 'UNIT_BUDGET: 2040601 行政运行 合计 = 基本支出 but 项目支出 prints 64,840,547.00 (bu03 and bu05; the human checklist)',
      records: () => recordsOf(UNIT_BUDGET),
      findings: 2,
    },
  ],
};
