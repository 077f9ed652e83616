import { Decimal } from 'decimal.js';
import type { DocumentRecords } from '../../../src/extract/records.js';
import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { evFundRow, reprint, reprintLine } from '../../helpers/records.js';
import { realText, seedRecords } from '../narrative/seeds.js';

const CHANGSHA = '国有资产监督管理委员会_2026年部门预算.pdf';
const POLICE = '2026年长沙市公安局2025年部门预算.pdf';
const SUZHOU = '2026年苏州市审计局部门预算.pdf';

/**
 * 长沙公安 2025 with its 项目支出绩效目标表's body row (长沙市公安局 40,233.95 as printed) made the sum of its 14 projects,
 * 39,052.86: each case then shows its own fault only.
 */
const policeSummed =
  (...edits: [string, string][]) =>
  async (): Promise<DocumentRecords> => {
    const r = await realText(POLICE, ...edits)();
    const body = r.targets.flatMap((t) => t.subjects).find((x) => x.name === '长沙市公安局' && x.amount?.state === 'number');
    if (body?.amount?.state !== 'number') throw new Error('no 长沙市公安局 row in the 项目支出绩效目标表');
    body.amount.figure.value = new Decimal('39052.86');
    return r;
  };

/** 长沙国资委's 评价报告 with its 项目支出情况表's 合计 预算到位 printed as the sum of its four parts (13,027.00, not 13,237.00). */
const changshaSummed = async () => {
  const r = await realText(CHANGSHA)();
  reprint(evFundRow(r, '合计').values.allocated, '13027');
  return r;
};

export const cases: RuleCases = {
  valid: [
    { name: '004: 1387.53 = 1333.74 + 53.79 (three times), 5.79 = 4.08 + 1.71', records: () => seedRecords('004') },
    { name: '002: 56 = 6 + 50; 66 = 56 + 10', records: () => seedRecords('002') },
    // 项目支出情况表 (p7–9): 合计 = 一 + 二 + 三 + 四, and each of 一–四 = its numbered items, in 预算批复, 预算到位, 实际执行 and 指标结余 (a dash adds nothing).
    { name: '长沙国资委 评价报告 项目支出情况表 with its 合计 预算到位 the sum of its parts: every level sums', records: changshaSummed },
    // 三(一) "2025年本单位收入预算68632.12万元，其中，一般公共预算拨款68632.12万元，财政专户管理事业收入0.00万元，…": one unit throughout.
    { name: '长沙公安 2025 预算: its 收入 其中 list printed in 万元 throughout (项目 list summed)', records: policeSummed() },
    { name: '苏州审计局 2026: 政府采购 188.5 = 5.5 + 0 + 183', records: realText(SUZHOU) },
    // 深圳 2026 收支总表: 收入总计 37,385.88 = 本年收入合计 36,989.05 + 上年结余、结转 396.83 (its lines 1. 财政拨款 and 2. 非财政拨款 are parts of it); 支出总计 = 37,385.88 + 结转下年 0.00.
    { name: "深圳财政局 2026: each side of the 收支总表 adds its carry-over to its year's total", records: realText('2026年深圳市财政局部门预算.pdf') },
  ],
  invalid: [
    // 项目支出绩效目标表 (pp. 23–50): the body row 长沙市公安局 prints 40,233.95 (the 项目支出 of the budget tables) over 14 projects
    // that sum to 39,052.86 (each project printed again over its indicators counts once) — a warning: 1,181.09 has no project.
    { name: '长沙公安 2025 预算 as printed: 项目支出绩效目标表 40,233.95 over projects summing to 39,052.86', records: realText(POLICE), findings: 1 },
    // 西安人社 2020 表1 and 表4: the 支出 side (three blocks, 功能 and two 经济分类) prints 本年支出合计 + 结转下年 0 under a 支出总计 that
    // includes the 收入 side's 上年结转 90.57 — one finding a table; and 表2 and 表3, printed by unit (242001 … 242013 under one 合计
    // row): the 合计 row's 合计 182,157.13 includes that 上年结转, the units' 合计 (182,066.56 together) do not — one finding a table.
    {
      name: '西安人社 2020: 支出总计 ≠ 本年支出合计 + 结转下年 on 表1 and 表4; 合计 row ≠ Σ units on 表2 and 表3',
      records: realText('人力资源和社会保障局_2026年部门预算.pdf'),
      findings: 4,
    },
    {
      name: '西安人社 2020 with the three units’ 合计 on 表2 and 表3 reprinted to include their 上年结转: only 表1 and 表4 are left',
      records: async () => {
        const r = await realText('人力资源和社会保障局_2026年部门预算.pdf')();
        for (const kind of ['bu02', 'bu03'])
          for (const [code, v] of [
            ['242001', '24478.03'],
            ['242005', '360.31'],
            ['242010', '1129.75'],
          ] as const)
            reprintLine(r, kind, code, /部门预算 › 合计$/, v);
        return r;
      },
      findings: 2,
    },
    { name: '000 §二(一): 38706.47 vs 37938.4 + 583.64 + 56.43 = 38578.47', records: () => seedRecords('000'), findings: 1 },
    // As printed: 合计 预算到位 13,237.00, but 一 6,000 + 二 3,750 + 三 2,877 + 四 400 = 13,027.
    // A 预算's 说明: «政府采购支出预算总额 188.5 万元，其中：拟采购货物支出 5.5 万元、拟采购工程支出 0 万元、拟采购服务支出 183 万元» (no 决算 rule reads it there).
    {
      name: '苏州审计局 2026 with 政府采购支出预算总额 printed 198.5 万元 (5.5 + 0 + 183 = 188.5)',
      records: realText(SUZHOU, ['预算总额 188.5 万元', '预算总额 198.5 万元']),
      findings: 1,
    },
    // The same list with its first item printed 68632.12元: it sums to its total only when that item is read in 万元 — a unit-suspect warning, not a list that leaves its total out.
    {
      name: '长沙公安 2025 预算 with 一般公共预算拨款68632.12元 among 万元: a unit slip',
      records: policeSummed(['一般公共预算拨款68632.12万元', '一般公共预算拨款68632.12元']),
      findings: 1,
    },
    { name: '长沙国资委 评价报告 项目支出情况表 as printed: 合计 预算到位 13,237.00 ≠ 13,027.00', records: realText(CHANGSHA), findings: 1 },
    {
      name: '长沙国资委 项目支出情况表 with 三 1 关停企业困难补助 实际执行 printed 610.00: 三 2,614.12 ≠ Σ its seven items',
      records: async () => {
        const r = await changshaSummed();
        reprint(evFundRow(r, '关停企业困难补助').values.spent, '610');
        return r;
      },
      findings: 1,
    },
  ],
};
