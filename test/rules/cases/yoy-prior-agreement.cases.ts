import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { alteredSeed, realText, seedRecords } from '../narrative/seeds.js';

const SFJ = '司法局_附件1：北京市司法局2026年度部门预算情况说明.pdf';

export const cases: RuleCases = {
  valid: [
    // 深圳 2026 第五部分 "2026 年财政拨款“三公”经费预算 58.46 万元，较 2025 年年初预算减少1.20万元": its 三公 table prints 2025年 59.66.
    { name: "深圳财政局 2026: 58.46 + 1.20 = 59.66, the 三公 table's 2025年", records: realText('2026年深圳市财政局部门预算.pdf') },
    {
      name: '000 with BD 部门基本支出 上年决算数 reprinted 800 (≤ 887.00)',
      records: alteredSeed('000', (r) => {
        const row = r.basicData[0]!.rows.find((x) => x.key === 'basic')!;
        if (row.prevFin?.state !== 'number') throw new Error('no prevFin');
        row.prevFin.figure.value = row.prevFin.figure.value.minus('142.29');
      }),
    },
    {
      name: '北京市司法局 2026 三 with the change printed as 二 prints it: 29956.27 − 28479.84 = 1476.43',
      records: realText(SFJ, ['28479.84 万元增加 1476.73 万元', '28479.84 万元增加 1476.43 万元']),
    },
  ],
  invalid: [
    // Against last year's 年初预算 the table's 上年 column is compared at warning level: it may print 执行数 or 决算.
    {
      name: '深圳财政局 2026 with 较 2025 年年初预算减少1.70万元 (implies 60.16; the table prints 59.66)',
      records: realText('2026年深圳市财政局部门预算.pdf', ['年初预算减少1.20万元', '年初预算减少1.70万元']),
      findings: 1,
    },
    { name: '000: implied 2021 total 887.00 < BD 基本支出 上年 942.29', records: () => seedRecords('000'), findings: 1 },
    // 三: "2026 年支出预算 29956.27 万元，比 2025 年年初预算数28479.84 万元增加 1476.73 万元" — the prior it prints is not C − Δ.
    { name: '北京市司法局 2026 三: 29956.27 − 1476.73 = 28479.54, but 28479.84 is printed', records: realText(SFJ), findings: 1 },
  ],
};
