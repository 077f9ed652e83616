import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { FA_2024, recordsOf, SEED_004 } from '../../helpers/records.js';

export const cases: RuleCases = {
  valid: [{ name: 'FA_2024', records: () => recordsOf(FA_2024) }],
  invalid: [{ name: 'seed 004 lists 公开06 in its 目录 but prints no such table', records: () => recordsOf(SEED_004), findings: 1 }],
};
