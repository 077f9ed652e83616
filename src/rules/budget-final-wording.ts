import { Decimal } from 'decimal.js';
import { factsOf, operand, whereOf } from './_lib/narrative.js';
import { finding, Tally } from './_lib/finding.js';
import { compare, single } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'budget-final-wording',
  description: '"决算数大于/小于/等于(年初)预算数" matches the numbers, and when they differ a reason is given',
  messages: {
    zh: '{where}：{problem}（决算 {leftLabel} {left}，预算 {rightLabel} {right}）',
    en: '{where}: {problemEn} (final {leftLabel} {left}, budget {rightLabel} {right})',
  },
});

const WORD = { gt: '大于', lt: '小于', eq: '等于' } as const;

export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    const wordings = factsOf(r, 'wording');
    for (const w of wordings) {
      if (!w.budget || !w.final) continue;
      t.checked++;
      const left = single(operand(w.final).label, w.final.figure);
      const right = single(operand(w.budget).label, w.budget.figure);
      const cmp = compare(left, right);
      const actual = cmp.agreement === 'differs' ? (cmp.difference.gt(0) ? 'gt' : 'lt') : 'eq';
      // Equal only within rounding, apart as printed in the direction the text says: the text is right (0 against 0.95元).
      const printed = w.final.figure.value.minus(w.budget.figure.value);
      const asPrinted = printed.isZero() ? 'eq' : printed.gt(0) ? 'gt' : 'lt';
      if (actual !== w.comparator && !(actual === 'eq' && asPrinted === w.comparator)) {
        t.add(
          finding(meta, left, right, cmp, {
            where: whereOf(w),
            problem: `文中称决算数${WORD[w.comparator]}预算数，实际为${WORD[actual]}`,
            problemEn: `the text says 决算 is ${w.comparator} the budget, the numbers say ${actual}`,
          }),
        );
      } else if (actual !== 'eq' && !w.reason) {
        t.add(
          finding(meta, left, right, cmp, {
            where: whereOf(w),
            problem: '决算数与预算数不同但未说明原因',
            problemEn: 'the 决算 differs from the budget but no reason is given',
          }),
        );
      }
    }
    // 五(三) items whose 决算 differs from 年初预算 must say so and why (004 items 1–7).
    for (const it of factsOf(r, 'item')) {
      if (!it.init || !it.final) continue;
      if (wordings.some((w) => w.ref.block === it.ref.block)) continue;
      t.checked++;
      const left = single(operand(it.final).label, it.final.figure);
      const right = single(operand(it.init).label, it.init.figure);
      const cmp = compare(left, right);
      if (cmp.agreement === 'differs')
        t.add(
          finding(
            meta,
            left,
            right,
            { difference: cmp.difference, tolerance: new Decimal(0) },
            {
              where: whereOf(it),
              problem: `${it.xiang}：决算数与年初预算数不同，未说明大小关系及原因`,
              problemEn: `${it.xiang}: the 决算 differs from the 年初预算 without a wording or reason`,
            },
          ),
        );
    }
    return t.result({ outcome: 'not-applicable', reason: 'no budget-versus-final wording in the text' });
  },
};
export default rule;
