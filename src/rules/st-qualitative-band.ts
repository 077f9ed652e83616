import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

/**
 * Whether a qualitative indicator's score lies in the band its narrative assessment implies (达成
 * 100–80%, 部分达成 80–60%, 未达成 60–0% of 分值, 001's 注). Reading which band a free-text
 * assessment (稳步提升, 保障老有所养, 已发放到位) claims is judgement, not arithmetic: the rule
 * reports not-implemented on every document rather than a pass.
 */
export const rule: Rule = {
  meta: ruleMeta({
    id: 'st-qualitative-band',
    description: 'A qualitative indicator’s score falls in the band its narrative assessment implies (达成 / 部分达成 / 未达成)',
    messages: {
      zh: '{subject} 的得分与其定性评价所属档次不符',
      en: 'the score of {subject} does not fall in the band its qualitative assessment implies',
    },
    judgement: 'which band (达成/部分达成/未达成) a free-text assessment claims is qualitative',
  }),
  check() {
    return { outcome: 'not-implemented', findings: [], residuals: [], checked: 0, reason: `needs judgement: ${this.meta.judgement!}` };
  },
};
