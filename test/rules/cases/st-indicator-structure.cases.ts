import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { altered, recordsOf, SEED_000 } from '../../helpers/records.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'seed 000 had 六 2 listed only the three 二级 indicators it scores',
      records: altered(SEED_000, (r) => {
        const f = r.narrative.find((x) => x.kind === 'indicator-list');
        if (f?.kind !== 'indicator-list') throw new Error('no indicator list');
        f.names = ['数量指标', '质量指标', '时效指标'];
        f.count = 3;
      }),
    },
  ],
  invalid: [{ name: 'seed 000: 六 2 says 4 二级指标 incl. 成本指标; the 自评表 scores three (spec 000-I3)', records: () => recordsOf(SEED_000), findings: 1 }],
};
