import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { realText } from '../narrative/seeds.js';

const FA = '上海市普陀区财政局2024年度部门决算.pdf';

export const cases: RuleCases = {
  valid: [
    // 六 with its last 人员经费 item the 303 款 公开06 prints (30309 奖励金 0.31): every listed 款 has an amount.
    { name: '普陀区财政局 2024 决算 with 六 listing 奖励金 for 个人农业生产补贴', records: realText(FA, ['退休费、个人农业生产补贴；', '退休费、奖励金；']) },
  ],
  invalid: [
    // As printed: 人员经费 "…退休费、个人农业生产补贴", while 公开06 leaves 30310 blank and prints 0.31 on 30309 奖励金.
    { name: '普陀区财政局 2024 决算 as printed: 个人农业生产补贴 listed, 30310 blank', records: realText(FA), findings: 1 },
    // 公用经费 "…差旅费、维修（护）费、会议费、劳务费…": 30215 会议费 is blank in 公开06 (培训费 4.05 is the one printed).
    {
      name: '普陀区财政局 2024 决算 with 会议费 listed for 培训费 under 公用经费',
      records: realText(FA, ['退休费、个人农业生产补贴；', '退休费、奖励金；'], ['维修（护）费、培训费、', '维修（护）费、会议费、']),
      findings: 1,
    },
  ],
};
