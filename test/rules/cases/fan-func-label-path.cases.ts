import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { alteredSeed, fact, seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [
    {
      name: "004 with item 4's 款 corrected to 人力资源和社会保障管理事务",
      records: alteredSeed('004', (r) => {
        fact(r, 'item', (i) => i.ordinal === 4).kuan = '人力资源和社会保障管理事务';
      }),
    },
  ],
  invalid: [{ name: '004 item 4: 社会保障和就业支出（款） for 2080199, whose 款 is 20801', records: () => seedRecords('004'), findings: 1 }],
};
