import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { FA_2024, FA_2024_INJECTED, recordsOf, SEED_004 } from '../../helpers/records.js';

export const cases: RuleCases = {
  valid: [
    { name: 'SEED_004', records: () => recordsOf(SEED_004) },
    { name: 'FA_2024', records: () => recordsOf(FA_2024) },
  ],
  invalid: [{ name: 'the injected copy prints 2023 in the 情况说明 part title', records: () => recordsOf(FA_2024_INJECTED), findings: 1 }],
};
