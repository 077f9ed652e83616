import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { altered, DEPT_BUDGET, recordsOf, reprintSangong, UNIT_BUDGET } from '../../helpers/records.js';

export const cases: RuleCases = {
  valid: [{ name: 'DEPT_BUDGET', records: () => recordsOf(DEPT_BUDGET) }, { name: 'UNIT_BUDGET', records: () => recordsOf(UNIT_BUDGET) }],
  invalid: [{ name: 'UNIT_BUDGET with 公务接待费 reprinted 0.83 (合计 10.71 ≠ 0 + 9.98 + 0.83)', records: altered(UNIT_BUDGET, (r) => reprintSangong(r, 'bud', 'reception', '0.83')), findings: 1 }],
};
