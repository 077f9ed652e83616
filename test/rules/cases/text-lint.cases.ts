import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { DEPT_BUDGET, FA_2024, recordsOf, UNIT_BUDGET } from '../../helpers/records.js';
import { realText } from '../narrative/seeds.js';

const WANLI = '上海市普陀区人民政府万里街道办事处25年预算.pdf';

export const cases: RuleCases = {
  valid: [
    { name: 'FA_2024', records: () => recordsOf(FA_2024) },
    // Its empty 政府性基金 and 国有资本经营 tables each say which budget they lack (“无政府性基金预算…”, “无国有资本经营预算…”).
    { name: '万里街道 2025: each empty table’s note names its own fund', records: realText(WANLI) },
  ],
  invalid: [
    {
      name: 'UNIT_BUDGET: 增加（减少） left in, 主要原因是。, 部门预算安排 twice in a 单位预算 (the human checklist)',
      records: () => recordsOf(UNIT_BUDGET),
      findings: 4,
    },
    // The 国有资本经营 table's note copied from the 政府性基金 table's, as 普陀区财政局 printed it in its 2025 预算.
    {
      name: '万里街道 2025 with the empty 国有资本经营 table noted “无政府性基金预算…故本表为空表”',
      records: realText(WANLI, ['2025年无国有资本经营预算财政拨款', '2025年无政府性基金预算财政拨款']),
      findings: 1,
    },
    {
      name: '普陀区财政局 2025 预算 as printed: the same note under its empty 国有资本经营 table',
      records: realText('上海市普陀区财政局部门25年预算.pdf'),
      findings: 1,
    },
    { name: 'DEPT_BUDGET: 。。 in item 5, an extra ” in 项目经费情况说明 (the human checklist)', records: () => recordsOf(DEPT_BUDGET), findings: 2 },
  ],
};
