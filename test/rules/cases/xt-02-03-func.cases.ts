import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { FA_2024, recordsOf, SEED_004 } from '../../helpers/records.js';

export const cases: RuleCases = {
  valid: [{ name: 'SEED_004', records: () => recordsOf(SEED_004) }],
  invalid: [
    {
      name: '2024 决算: 公开02 income by code exceeds 公开03 expense by the 6.20 of 其他收入 (and 0.01 on 2010601)',
      records: () => recordsOf(FA_2024),
      findings: 5,
    },
  ],
};
