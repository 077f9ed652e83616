import { Decimal } from 'decimal.js';
import { codeOfXiang, funcNames } from './_lib/table-values.js';
import { factsOf, whereOf } from './_lib/narrative.js';
import { finding, Tally } from './_lib/finding.js';
import { computed } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'label-normalization',
  description: 'Variant labels resolve to one concept (公益性岗位/公益性岗位补贴; 社会保险补贴/其他就业补助)',
  messages: {
    zh: '{where}：「{stated}」与表中「{canonical}」（{code}）视为同一科目',
    en: '{where}: "{stated}" is read as "{canonical}" ({code}) of the tables',
  },
});

/** Synonyms the 决算 and its 自评报告 use for one 项 (004: 其他就业补助 for 2080704 社会保险补贴). */
const SYNONYMS: readonly [RegExp, RegExp][] = [[/其他就业补助/, /^社会保险补贴$/]];
const ZERO = new Decimal(0);

export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    const names = funcNames(r);
    const note = (where: string, stated: string, code: string, figure?: import('../extract/figure.js').Figure) => {
      const side = computed(stated, ZERO, ZERO, figure ? [{ label: stated, figure }] : []);
      t.add(finding(meta, side, side, { difference: ZERO, tolerance: ZERO }, { where, stated, canonical: names.get(code) ?? code, code }));
    };
    for (const it of factsOf(r, 'item')) {
      const hit = codeOfXiang(names, it.xiang, it.kuan);
      if (!hit) continue;
      t.checked++;
      if (!hit.exact) note(whereOf(it), it.xiang, hit.code, it.final?.figure);
    }
    // A report amount whose label is a synonym of the 项 with the same amount.
    for (const a of factsOf(r, 'amount')) {
      for (const [syn, canon] of SYNONYMS) {
        if (!syn.test(a.label)) continue;
        const code = [...names].find(([c, n]) => c.length === 7 && canon.test(n))?.[0];
        const li = code ? r.lineItems.find((l) => l.code === code && l.amount.state === 'number' && l.amount.value.eq(a.figure.value)) : undefined;
        t.checked++;
        if (code && li) note(whereOf(a), a.label, code, a.figure);
      }
    }
    return t.result({ outcome: 'not-applicable', reason: 'no 科目 label to normalise' });
  },
};
export default rule;
