import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { alteredSeed, seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [
    {
      name: '001 with both satisfaction claims reprinted 95% (a multiple of 5%)',
      records: alteredSeed('001', (r) => {
        for (const f of r.narrative) if (f.kind === 'claim' && f.metric === '满意度') f.value.value = f.value.value.minus(3);
      }),
    },
  ],
  invalid: [{ name: '001: 98% from 20 questionnaires', records: () => seedRecords('001'), findings: 1 }],
};
