import { faTableValue } from './_lib/table-values.js';
import { factsOf, nameOf, textTable, whereOf } from './_lib/narrative.js';
import { Tally } from './_lib/finding.js';
import { compare, single } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'fan-selfeval-amounts',
  description: 'Amounts in the appended 整体支出绩效自评报告 (预算收入, 年初预算, 基本/项目, 结转结余) equal the 决算 tables and 情况说明',
  messages: {
    zh: '{where}：自评报告 {leftLabel} {left} 与 {rightLabel} {right} 不符',
    en: '{where}: the 自评报告 gives {leftLabel} {left} but {rightLabel} is {right}',
  },
});

const METRICS = new Set(['收入', '支出', '基本支出', '项目支出']);

export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    if (!r.lineItems.some((l) => l.tableKind === 'fa01')) return t.result({ outcome: 'insufficient-data', reason: 'no 公开01 extracted' });
    const itemTotal = factsOf(r, 'item-total')[0];
    for (const a of factsOf(r, 'amount')) {
      // A topic line naming one project (004 "1. 年初预算项目：…") makes its amounts that project's, not the unit's.
      if (a.docPart !== 'report' || !a.metric || (a.topic && /项目/.test(a.topic))) continue;
      const left = single(nameOf(a), a.figure);
      if (a.column === 'init' && itemTotal?.init && (a.metric === '收入' || a.metric === '支出')) {
        const right = single('情况说明 五(三) 年初预算数', itemTotal.init.figure);
        t.compare(textTable(a), left, right, compare(left, right, { exact: true }), { where: whereOf(a) });
        continue;
      }
      if (a.metric === '结转结余') {
        // 公开01 prints 年末结转和结余 blank when there is none (blank = 0 in 决算 tables).
        const closing = r.lineItems.find((l) => l.tableKind === 'fa01' && /年末结转和结余/.test(l.name));
        const v = closing?.amount.state === 'number' ? closing.amount.value : null;
        if (v === null && a.figure.value.isZero()) t.checked++;
        else if (v !== null) {
          const right = single('公开01 年末结转和结余', {
            ...a.figure,
            value: v,
            printed: closing!.amount.printed,
            evidence: {
              kind: 'cell',
              table: closing!.table,
              tableKind: 'fa01',
              row: closing!.row,
              col: closing!.col,
              raw: closing!.amount.printed,
              provenance: closing!.provenance,
            },
          });
          t.compare(textTable(a), left, right, compare(left, right, { exact: true }), { where: whereOf(a) });
        }
        continue;
      }
      if (!METRICS.has(a.metric) || a.column === 'init') continue;
      const tb = faTableValue(r, a.metric, null);
      if (!tb) continue;
      const right = single(tb.label, tb.figure);
      t.compare(textTable(a), left, right, compare(left, right, { exact: true }), { where: whereOf(a) });
    }
    return t.result({ outcome: 'not-applicable', reason: 'no appended 自评报告 amount restating a table' });
  },
};
export default rule;
