import { Decimal } from 'decimal.js';
import { factsOf, textTable, whereOf } from './_lib/narrative.js';
import { lineItem } from './_lib/table-values.js';
import { finding, Tally } from './_lib/finding.js';
import { compare, computed, single } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'fan-project-count',
  description: '情况说明 十四: the number of projects and their amount equal the distinct project rows of 公开03 and Σ project spending',
  messages: {
    zh: '{where}：{leftLabel} {left} 与 {rightLabel} {right} 不符{note}',
    en: '{where}: {leftLabel} {left} does not match {rightLabel} {right}{noteEn}',
  },
});

export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    const count = factsOf(r, 'count').find((c) => c.what === '项目' && c.docPart === 'fa-notes' && c.chapter === 14);
    if (!count) return t.result({ outcome: 'not-applicable', reason: 'no project count in 情况说明 十四' });
    const rows = r.lineItems.filter(
      (l) => l.tableKind === 'fa03' && l.level === 3 && /项目支出/.test(l.measure) && l.amount.state === 'number' && !l.amount.value.isZero(),
    );
    if (!rows.length) return t.result({ outcome: 'insufficient-data', reason: 'no 公开03 project rows extracted' });
    const left = single('十四 涉及项目数', count.figure);
    const right = computed(`公开03 有项目支出的项（${rows.map((x) => x.code).join('、')}）`, new Decimal(rows.length), new Decimal(0), []);
    const cmp = compare(left, right, { exact: true });
    t.checked++;
    // 004: 2 projects against three 项 codes, while the 自评报告 groups them as 1 年初 + 1 追加 group: ambiguous, an info.
    if (cmp.agreement === 'differs')
      t.add(
        finding(
          meta,
          left,
          right,
          cmp,
          { where: whereOf(count), note: '（一个项目可跨多个科目，按项目分组时可能一致）', noteEn: ' (one project can span several 项 codes)' },
          { severity: 'info' },
        ),
      );
    const after = (e: typeof count.figure.evidence) => (e.kind === 'text' ? e.start : -1);
    const money = factsOf(r, 'amount').find(
      (a) => a.ref.block === count.ref.block && a.ref.start === count.ref.start && after(a.figure.evidence) > after(count.figure.evidence),
    );
    const total = lineItem(r, 'fa03', '*', /项目支出/);
    if (money && total) {
      const l = single('十四 涉及资金', money.figure);
      const rt = single('公开03 合计·项目支出', total);
      t.compare(textTable(count), l, rt, compare(l, rt), { where: whereOf(count), note: '', noteEn: '' });
    }
    return t.result({ outcome: 'not-applicable', reason: 'nothing to check' });
  },
};
export default rule;
