import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { alteredSeed, fact, realText, reprintFigure, seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [
    { name: '004: 96.1%, 3.9%, 82.1%, 17.9%, 24.4%, 0.0%, 75.6%, 100.0% all recompute', records: () => seedRecords('004') },
    // 二(五)2 "科学技术（类）支出 28.00 万元，占 0.5%；…；自然资源海洋气象等（类）支出5,247.87万元，占91.2%": one base for the list, the
    // 当年拨款 5,753.07 that 二(五)1 states (the section's title names it), never the item before. 二(三)2's 49.4% (a truncated
    // 49.46%) is printed rounded here, so that the case has no info finding.
    {
      name: "杭州 2026 二(三)2 and 二(五)2: list shares over the section's total",
      records: realText('2026年杭州市气象局部门预算.pdf', ['占49.4%', '占49.5%']),
    },
  ],
  invalid: [
    {
      name: '004 with 三 基本支出 share reprinted 95.1%',
      records: alteredSeed('004', (r) => {
        reprintFigure(fact(r, 'share', (s) => s.ref.block === 'b95' && s.pct.value.eq('96.1')).pct, '95.1');
      }),
      findings: 1,
    },
    {
      name: '杭州 2026 二(五)2 with 自然资源海洋气象等 printed 占81.2%',
      records: realText('2026年杭州市气象局部门预算.pdf', ['占49.4%', '占49.5%'], ['占91.2%', '占81.2%']),
      findings: 1,
    },
  ],
};
