import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { DEPT_BUDGET, FA_2024, FA_2024_INJECTED, recordsOf, SEED_004 } from '../../helpers/records.js';
import { realText } from '../narrative/seeds.js';

const PUTUO_2025 = '上海市普陀区财政局部门25年预算.pdf';
const WUHAN = '2026年武汉市信访局部门预算.pdf';

export const cases: RuleCases = {
  valid: [
    { name: 'SEED_004', records: () => recordsOf(SEED_004) },
    { name: 'FA_2024', records: () => recordsOf(FA_2024) },
    // 五、实施周期 "2025年1月1日至2025年12月31日" in the 2025 预算: the budget year's own period.
    { name: '普陀区财政局 2025 预算: a project period within the budget year', records: realText(PUTUO_2025) },
    // "该项目实施周期暂定为2026 年至 2027 年": a period that runs on past the budget year.
    { name: '武汉信访局 2026 预算: a rolling project period of 2026 to 2027', records: realText(WUHAN) },
    // The 2026 说明 with its comparisons made against 2025, as every numbered item states them, and the period of 2026.
    {
      name: 'DEPT_BUDGET with 比2025年预算 and 2026年 实施周期',
      records: realText(
        'dept_budget.pdf',
        ['财政拨款收入9628.22万元，比2026年预算增加793.14万元', '财政拨款收入9628.22万元，比2025年预算增加793.14万元'],
        ['财政拨款支出预算9628.22万元，比2026年预算增加793.14万元', '财政拨款支出预算9628.22万元，比2025年预算增加793.14万元'],
        ['比2026年预算增加793.14万元；政府性基金', '比2025年预算增加793.14万元；政府性基金'],
        ['与2026年预算持平；国有资本', '与2025年预算持平；国有资本'],
        ['与2026年预算持平。', '与2025年预算持平。'],
        ['2025年1月1日-2025年12月31日', '2026年1月1日-2026年12月31日'],
      ),
    },
  ],
  invalid: [
    { name: 'the injected copy prints 2023 in the 情况说明 part title', records: () => recordsOf(FA_2024_INJECTED), findings: 1 },
    // As printed: 比2026年预算增加793.14万元 (three times) and 与2026年预算持平 (twice) in the 2026 说明 — one template slip, one
    // finding; and the 人民调解 project's 实施周期 2025年1月1日-2025年12月31日, a year before the budget.
    { name: 'DEPT_BUDGET 2026: compared with 2026 itself; a project period of 2025', records: () => recordsOf(DEPT_BUDGET), findings: 2 },
    {
      name: '普陀区财政局 2025 预算 with its 实施周期 printed 2024年1月1日至2024年12月31日',
      records: realText(PUTUO_2025, ['2025年1月1日至2025年12月31日', '2024年1月1日至2024年12月31日']),
      findings: 1,
    },
  ],
};
