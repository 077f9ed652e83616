import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { FA_2024, recordsOf, SEED_004 } from '../../helpers/records.js';

export const cases: RuleCases = {
  valid: [{ name: 'SEED_004', records: () => recordsOf(SEED_004) }],
  invalid: [{ name: '2024 决算: 公开05 prints 208 326.72, 公开04 prints 326.71', records: () => recordsOf(FA_2024), findings: 1 }],
};
