import { factsOf, operand, textTable, whereOf } from './_lib/narrative.js';
import { Tally } from './_lib/finding.js';
import { compare, single, sum } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'fan-meeting',
  description: "情况说明 十一: 会议费 = 场租 + 用餐 + 其他 (its 完成率 is completion-rate's)",
  messages: {
    zh: '{where}：会议费 {left} ≠ 场租 + 用餐 + 其他 = {right}（差额 {difference}）',
    en: '{where}: 会议费 {left} ≠ venue + meals + other = {right} (difference {difference})',
  },
});

export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    const amounts = factsOf(r, 'amount').filter((a) => a.docPart === 'fa-notes');
    const fee = amounts.find((a) => a.metric === '会议费' && a.column === 'final');
    if (!fee) return t.result({ outcome: 'not-applicable', reason: 'no 会议费 决算 in the 情况说明' });
    const parts = amounts.filter((a) => a.ref.block === fee.ref.block && /场租|用餐|其他费用/.test(a.label));
    if (!parts.length) return t.result({ outcome: 'insufficient-data', reason: 'the 会议费 is not broken down' });
    const left = single('会议费 支出决算', fee.figure);
    const right = sum(
      '场租 + 用餐 + 其他',
      parts.map((p) => ({ ...operand(p), label: p.label.replace(/^[、，,]/, '') })),
    );
    t.compare(textTable(fee), left, right, compare(left, right), { where: whereOf(fee) });
    return t.result({ outcome: 'not-applicable', reason: 'nothing to check' });
  },
};
export default rule;
