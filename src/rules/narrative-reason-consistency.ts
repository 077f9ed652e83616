import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'narrative-reason-consistency',
  description: 'A reason given for a change does not contradict facts elsewhere ("人员增加" vs "人员基本持平"; "项目支出增加" when 项目支出 = 0)',
  messages: { zh: '{where}：原因说明与其他表述矛盾', en: '{where}: the stated reason contradicts the document elsewhere' },
  judgement: 'whether a stated reason contradicts other statements is qualitative (reviewer or language model)',
});

/**
 * Whether a reason contradicts another statement is a matter of reading, not arithmetic (004 十 "人员增加"
 * against the 自评报告's "基本持平"): it needs a reviewer or a language model, so the rule says so
 * instead of guessing.
 */
export const rule: Rule = {
  meta,
  check: () => ({ outcome: 'not-implemented', findings: [], residuals: [], checked: 0, reason: `needs judgement: ${meta.judgement}` }),
};
export default rule;
