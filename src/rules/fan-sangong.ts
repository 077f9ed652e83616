import { factsOf, nameOf, textTable, whereOf } from './_lib/narrative.js';
import { sangongCell } from './_lib/table-values.js';
import { Tally } from './_lib/finding.js';
import { compare, single } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'fan-sangong',
  description: "情况说明 七: 三公 预算/决算 per item = 公开07 (its rates and shares are completion-rate's and pct-share's)",
  messages: {
    zh: '{where}：文中 {leftLabel} {left} 与 {rightLabel} {right} 不符',
    en: '{where}: the text gives {leftLabel} {left} but {rightLabel} is {right}',
  },
});

export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    if (!r.sangong.length && !r.tables.some((x) => x.kind === 'fa07'))
      return t.result({ outcome: 'insufficient-data', reason: 'no 公开07 三公 table extracted' });
    for (const a of factsOf(r, 'amount')) {
      if (a.docPart !== 'fa-notes' || a.chapter !== 7 || !a.metric) continue;
      const side = a.column === 'budget' || a.column === 'init' || a.column === 'full' ? 'bud' : 'fin';
      // A blank cell of 公开07 is 0 (24年普陀 测试版: 七 "年初预算为0.95万元" against a 三公 table left blank).
      const tb = sangongCell(r, a.metric, side);
      if (!tb) continue;
      const left = single(nameOf(a), a.figure);
      const right = single(`公开07 ${side === 'bud' ? '预算' : '决算'}·${a.metric}${tb.printed ? '' : '（空白）'}`, tb);
      t.compare(textTable(a), left, right, compare(left, right), { where: whereOf(a) });
    }
    return t.result({ outcome: 'not-applicable', reason: 'no 情况说明 七 三公 figure' });
  },
};
export default rule;
