import { faTableValue } from './_lib/table-values.js';
import { factsOf, operand, textTable, whereOf } from './_lib/narrative.js';
import type { DocumentRecords, Labelled } from '../extract/records.js';
import { doubtOf, gated } from './_lib/binding.js';
import { tallyPercent } from './_lib/percent.js';
import { Tally } from './_lib/finding.js';
import { comparePercent, computed, fmt, single } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'fan-share',
  description: 'Shares in 情况说明 二 (收入结构), 三 (基本/项目), 五(一)(二) and 六 (人员/公用) recompute from the tables',
  messages: {
    zh: '{where}：按表 {part} / {base} = {right}%，文中为 {left}%',
    en: '{where}: from the tables {part} / {base} = {right}%, but the text says {left}%',
  },
});

/** The table's value for a narrative operand, or the narrative's own when no table prints it (公开06 missing in 004). */
function fromTable(r: DocumentRecords, l: Labelled): { op: { label: string; figure: Labelled['figure'] }; table: boolean } {
  const tb = faTableValue(r, l.metric, l.column);
  return tb ? { op: { label: tb.label, figure: tb.figure }, table: true } : { op: operand(l), table: false };
}

export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    for (const s of factsOf(r, 'share')) {
      if (s.docPart !== 'fa-notes' || ![2, 3, 5, 6].includes(s.chapter ?? 0) || !s.part || !s.base) continue;
      const part = fromTable(r, s.part);
      const base = fromTable(r, s.base);
      if ((!part.table && !base.table) || base.op.figure.value.isZero()) continue;
      const cmp = comparePercent(s.pct, part.op, base.op);
      const left = single('文中比例', s.pct);
      const right = computed('按表计算', cmp.computed, cmp.tolerance.minus(s.pct.halfUnit), [part.op, base.op]);
      const gate = gated(meta.severity, doubtOf(s));
      tallyPercent(
        t,
        textTable(s),
        left,
        right,
        cmp,
        { where: whereOf(s), part: part.op.label, base: base.op.label, right: fmt(cmp.computed, 2), ...gate.data },
        { severity: gate.severity },
      );
    }
    return t.result({ outcome: 'insufficient-data', reason: 'no 情况说明 share whose part or base a table prints' });
  },
};
export default rule;
