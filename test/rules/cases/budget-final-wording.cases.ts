import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { alteredSeed, fact, seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [{ name: '004: 小于/大于 wordings match, each with a reason', records: () => seedRecords('004') }],
  invalid: [
    {
      name: '004 with item 1 saying 大于 although 1246.25 < 1318.77',
      records: alteredSeed('004', (r) => {
        fact(r, 'wording', (w) => w.ref.block === 'b106').comparator = 'gt';
      }),
      findings: 1,
    },
  ],
};
