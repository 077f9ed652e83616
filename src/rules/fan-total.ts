import { faTableValue } from './_lib/table-values.js';
import { factsOf, nameOf, textTable, whereOf } from './_lib/narrative.js';
import { Tally } from './_lib/finding.js';
import { compare, single } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'fan-total',
  description: '情况说明 一–四: 收支总计, 本年收入合计, 本年支出合计 and 财政拨款收支总计 equal 公开01/04',
  messages: {
    zh: '{where}：文中 {leftLabel} {left} 与 {rightLabel} {right} 不符',
    en: '{where}: the text gives {leftLabel} {left} but {rightLabel} is {right}',
  },
});

const METRICS = new Set(['收支总计', '收入', '支出', '财政拨款收支总计']);

export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    for (const a of factsOf(r, 'amount')) {
      if (a.docPart !== 'fa-notes' || !a.chapter || a.chapter > 4 || !a.metric || !METRICS.has(a.metric)) continue;
      const tb = faTableValue(r, a.metric, a.column);
      if (!tb) continue;
      const left = single(nameOf(a), a.figure);
      const right = single(tb.label, tb.figure);
      t.compare(textTable(a), left, right, compare(left, right, { exact: true }), { where: whereOf(a) });
    }
    return t.result({ outcome: 'insufficient-data', reason: 'no 情况说明 total with its 公开01/04 line extracted' });
  },
};
export default rule;
