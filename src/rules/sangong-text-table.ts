import { factsOf, nameOf, textTable, whereOf } from './_lib/narrative.js';
import { BD_KEY, sangongTables } from './_lib/sangong.js';
import { Tally } from './_lib/finding.js';
import { compare, single } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'sangong-text-table',
  description: 'Every 三公 figure in the narrative equals the table (公开07, BD, ST "其中：三公经费") for the same year and column',
  messages: {
    zh: '{where}：文中 {leftLabel} {left} 与 {rightLabel} {right} 不符',
    en: '{where}: the text gives {leftLabel} {left} but {rightLabel} is {right}',
  },
});

export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    const seen = new Set<string>();
    for (const a of factsOf(r, 'amount')) {
      // 情况说明 七 is fan-sangong's; a 预算 figure has no 决算 table to match.
      if (!a.metric || !BD_KEY[a.metric] || (a.docPart === 'fa-notes' && a.chapter === 7) || (a.column && a.column !== 'final')) continue;
      if (a.year !== null && r.document.year !== null && a.year !== r.document.year) continue;
      const key = `${a.metric}|${a.figure.value.toString()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      for (const tb of sangongTables(r, a.metric)) {
        const left = single(nameOf(a), a.figure);
        const right = single(tb.label, tb.figure);
        const cmp = compare(left, right, { exact: false });
        t.compare(textTable(a), left, right, cmp, { where: whereOf(a) });
        if (cmp.agreement === 'differs') break;
      }
    }
    return t.result({ outcome: 'not-applicable', reason: 'no narrative 三公 figure with a table to compare' });
  },
};
export default rule;
