import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { altered, DEPT_BUDGET, recordsOf, UNIT_BUDGET } from '../../helpers/records.js';
import { realText } from '../narrative/seeds.js';

const WUHAN = '2026年武汉市信访局部门预算.pdf';

export const cases: RuleCases = {
  valid: [
    // Items printed as a 项 with its code: «（4）技校教育（2050303）3523.12万元» — 31 items, each the table's 合计.
    {
      name: '人社局 2026 (a 项 with its code), every item the 一般公共预算 支出表 prints',
      records: () => recordsOf('fixtures/real/人力资源和社会保障局_2026年部门预算.pdf'),
    },
    // Items printed as a code and its 项: «（二）2010302-一般行政管理事务 1126.82 万元».
    { name: '泉州 2026 (a code and its 项), every item the tables print', records: () => recordsOf('fixtures/real/2026年泉州市人民政府办公室部门预算.pdf') },
    // Names in the marks, the amount after the year's words: «3.一般公共服务支出（类）信访事务（款）机关服务（项） 2026 年预算数为 236.83 万元» — 15 items.
    { name: '武汉信访局 2026 (the 项 then "2026 年预算数为"), every item the 一般公共预算 支出表 prints', records: realText(WUHAN) },
    {
      name: 'DEPT_BUDGET with item 12 预算安排 reprinted as the 208.8 its heading and the table print',
      records: altered(DEPT_BUDGET, (r) => {
        const it = r.budgetItems.find((x) => x.ordinal === 12)!;
        it.budget!.value = it.lead.value;
      }),
    },
  ],
  invalid: [
    // Names in the marks without codes: «7.“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）”887.36万元»
    // against 873,617.00 元 in every table — an error; items 5, 9, 10 and 11 cut 元 to 万元 (877,080 → 87.70) — infos.
    {
      name: '普陀 2025: item 7 887.36 against 87.36 in the tables, and four amounts truncated',
      records: () => recordsOf('fixtures/real/上海市普陀区财政局部门25年预算.pdf'),
      findings: 5,
    },
    {
      name: '武汉信访局 2026 with 机关服务（项） printed 2026 年预算数为 263.83 万元 (表 236.83)',
      records: realText(WUHAN, ['预算数为 236.83 万元', '预算数为 263.83 万元']),
      findings: 1,
    },
    { name: 'UNIT_BUDGET: item 7 56.12 vs 预算安排 57.8, item 13 207 vs 170.03 (the human checklist)', records: () => recordsOf(UNIT_BUDGET), findings: 2 },
  ],
};
