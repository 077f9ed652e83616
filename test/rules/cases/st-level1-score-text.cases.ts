import { Decimal } from 'decimal.js';
import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { altered, recordsOf, SEED_000 } from '../../helpers/records.js';

export const cases: RuleCases = {
  valid: [{ name: 'seed 000: 96.3 = 7 + 49.8 + 29.7 + 9.8, and every 权重/得分 of 六 equals the 自评表', records: () => recordsOf(SEED_000) }],
  invalid: [
    {
      name: 'seed 000 with 六 2 reprinted "得48.8分" for 产出指标 (the 自评表 rows add up to 49.8)',
      records: altered(SEED_000, (r) => {
        const f = r.narrative.find((x) => x.kind === 'score' && x.role === 'item' && x.subject === '产出指标');
        if (f?.kind !== 'score') throw new Error('no 产出指标 score');
        f.score.value = new Decimal('48.8');
      }),
      findings: 1,
    },
  ],
};
