import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { edited, seed } from '../performance/seeds.js';
import { leaf } from '../performance/fw-edit.js';

const FIXED: [string, string, string][] = [
  ['t0', '预算调整率', '0%计满分，每超过5%扣1分，扣完为止。'],
  ['t0', '实际完成率', '100%计满分，每低于1%扣1分，扣完为止。'],
  ['t0', '完成及时率', '100%计满分，每低于1%扣1分，扣完为止。'],
  ['t0', '质量达标率', '100%计满分，每低于1%扣1分，扣完为止。'],
  ['t2', '成本节约率', '达到计划成本计满分，每超支5个百分点扣2分，扣完为止。'],
];

export const cases: RuleCases = {
  valid: [
    {
      name: '002 with the five inverted rules rewritten in the right direction',
      records: edited('002', (r) => {
        for (const [t, name, text] of FIXED) leaf(r, t, name).ruleText = text;
      }),
    },
  ],
  invalid: [{ name: '002: 预算调整率, 实际完成率, 完成及时率, 质量达标率 (附件1) and 成本节约率 (附件4-1)', records: () => seed('002'), findings: 5 }],
};
