import { Decimal } from 'decimal.js';
import { factsOf, whereOf } from './_lib/narrative.js';
import { finding, Tally } from './_lib/finding.js';
import { computed } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'boilerplate-foreign-entity',
  description: "The narrative names another department's business (民政 in a 社保 report): a sign of copy-paste",
  messages: {
    zh: '{where}：出现其他部门业务用语「{phrase}」（本单位：{own}），疑为套用文本',
    en: '{where}: another department\'s business "{phrase}" is named (this unit: {own}), probably copied text',
  },
});

const ZERO = new Decimal(0);

export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    const own = r.document.department ?? '（未识别）';
    for (const e of factsOf(r, 'entity')) {
      t.checked++;
      // The phrase itself is the evidence: a figure of no value standing for the words.
      const side = computed(e.phrase, ZERO, ZERO, [
        { label: e.phrase, figure: { value: ZERO, halfUnit: ZERO, decimals: 0, printed: e.phrase, unit: null, evidence: e.ref } },
      ]);
      t.add(finding(meta, side, side, { difference: ZERO, tolerance: ZERO }, { where: whereOf(e), phrase: e.phrase, own }));
    }
    // Every narrative sentence was scanned: with no hit the rule passes.
    if (!t.checked && r.narrative.length) t.checked = 1;
    return t.result({ outcome: 'not-applicable', reason: 'no narrative text' });
  },
};
export default rule;
