import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { alteredSeed, amountIn, realText, reprintFigure, seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [
    { name: '000: 998.82 + 45.02 = 1043.84', records: () => seedRecords('000') },
    // 一: "部门收入预算为15184.81 万元…其中：一般公共预算拨款收入 10984.81 万元、政府性基金预算财政拨款收入0.00万元、…、其他收入4200.00万元、上年结转结余 0.00万元" — all ten sources.
    { name: '泉州 2026 一: the ten sources add up to 15184.81', records: realText('2026年泉州市人民政府办公室部门预算.pdf') },
  ],
  invalid: [
    {
      name: '000 with 其他收入 reprinted 46.02 in §二(二)',
      records: alteredSeed('000', (r) => {
        reprintFigure(amountIn(r, 'b31', '45.02').figure, '46.02');
      }),
      findings: 1,
    },
    {
      name: '泉州 2026 一 with 其他收入 printed 4300.00',
      records: realText('2026年泉州市人民政府办公室部门预算.pdf', ['其他收入4200.00万元、上年结转结余', '其他收入4300.00万元、上年结转结余']),
      findings: 1,
    },
  ],
};
