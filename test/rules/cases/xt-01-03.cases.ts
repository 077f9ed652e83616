import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { FA_2024, recordsOf, SEED_004 } from '../../helpers/records.js';

export const cases: RuleCases = {
  valid: [{ name: 'SEED_004', records: () => recordsOf(SEED_004) }],
  invalid: [{ name: '2024 决算: 公开01 prints 社会保障和就业支出 326.71, 公开03 prints 326.72', records: () => recordsOf(FA_2024), findings: 1 }],
};
