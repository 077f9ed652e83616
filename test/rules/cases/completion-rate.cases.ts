import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { evFundRow, reprint } from '../../helpers/records.js';
import { alteredSeed, fact, realText, reprintFigure, seedRecords } from '../narrative/seeds.js';

const CHANGSHA = '国有资产监督管理委员会_2026年部门预算.pdf';

/** 长沙国资委's 评价报告, its text edited as given, with its table's 三 执行率 printed as 2,614.12 / 3,087 gives it (84.68%, not 84.69%). */
const changshaRated =
  (...edits: [string, string][]) =>
  async () => {
    const r = await realText(CHANGSHA, ...edits)();
    reprint(evFundRow(r, '困难企业、职工帮扶资金').values.rate, '84.68');
    return r;
  };

export const cases: RuleCases = {
  valid: [
    { name: '004: 101.5%, 94.5%, 100.0%, 88.2%, 64.7%, 100.0%, 20.0%', records: () => seedRecords('004') },
    { name: '000: 1095.69/38706.47 = 2.83% → 3%', records: () => seedRecords('000') },
    // 七(一) "其中：因公出国（境）费支出决算为 4.69 万元，完成预算的 15.63%；…": each item's own 预算 (公开07), not the 三公 total's.
    { name: "国家信访局 2024 七(一): each 三公 item's rate over its own 预算", records: realText('信访局_国家信访局2024年度部门决算公开.pdf') },
    // 长沙国资委 2020 评价报告 一(一)4(2): "…资金补助预算350万元，实际支出306.09万元，预算执行率87.45%" — fourteen rates, each over the budget its sentence states first.
    // Its 项目支出情况表 too: each row's 执行率 over its 预算批复 (应急资金 70.00 of 280.00 批复, 70.00 到位: 25.00%).
    { name: '长沙国资委 评价报告: each 预算执行率 over the budget stated before its 实际支出, and each row of its table', records: changshaRated() },
  ],
  invalid: [
    {
      name: "004 with item 1's 94.5% reprinted 95.5%",
      records: alteredSeed('004', (r) => {
        reprintFigure(fact(r, 'rate', (f) => f.ref.block === 'b106').pct, '95.5');
      }),
      findings: 1,
    },
    {
      name: "国家信访局 2024 七(一) with 因公出国（境）费 printed 完成预算的 6.14% (4.69 of the 三公 total's 76.43)",
      records: realText('信访局_国家信访局2024年度部门决算公开.pdf', ['完成预算的 15.63%', '完成预算的 6.14%']),
      findings: 1,
    },
    {
      name: '长沙国资委 评价报告 with 306.09 of 350 printed 预算执行率69.96% (it is 87.45%)',
      records: changshaRated(['预算执行率87.45%。用于', '预算执行率69.96%。用于']),
      findings: 1,
    },
    {
      name: '长沙国资委 项目支出情况表 as printed: 三 执行率 84.69% ≠ 2,614.12 / 3,087.00 = 84.68%',
      records: realText(CHANGSHA),
      findings: 1,
    },
    {
      name: '长沙国资委 项目支出情况表 with 3 留守机构补助资金 执行率 printed 36.10% (447.27 / 700.00 = 63.90%)',
      records: async () => {
        const r = await changshaRated()();
        reprint(evFundRow(r, '留守机构补助资金').values.rate, '36.1');
        return r;
      },
      findings: 1,
    },
  ],
};
