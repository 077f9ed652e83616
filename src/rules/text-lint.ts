import { Decimal } from 'decimal.js';
import type { Rule } from './_lib/types.js';
import { finding, Tally } from './_lib/finding.js';
import { computed } from './_lib/interval.js';
import { ruleMeta } from './_lib/meta.js';

const ZERO = new Decimal(0);
const WHAT: Record<string, [string, string, 'warning'?]> = {
  'doubled-punctuation': ['标点重复', 'doubled punctuation'],
  'empty-reason': ['“主要原因是”后没有原因', '“主要原因是” with no reason after it'],
  'template-alternative': ['模板中的备选词未删除', 'a template alternative left in'],
  'unbalanced-quotes': ['引号不成对', 'quotes that do not pair up'],
  'level-wording': ['单位预算/决算中写成“部门”', 'a 单位 disclosure calling itself 部门'],
  // The note says what the table is empty of, and says it of another fund: a reader is told something untrue.
  'empty-note-mismatch': ['空表说明写的是另一项资金', 'the note under an empty table names other money than its title', 'warning'],
};

export const rule: Rule = {
  meta: ruleMeta({
    id: 'text-lint',
    description:
      'Slips a reviewer corrects: doubled 。, an empty 主要原因是, 增加（减少） left in, unpaired quotes, 部门 wording in a 单位 disclosure, an empty table’s note naming other money',
    messages: { zh: '{block} 文字问题：{whatZh}「{text}」', en: '{block}: {whatEn} “{text}”' },
  }),
  check(r) {
    const t = new Tally(this.meta);
    for (const l of r.lint) {
      t.checked++;
      const side = computed(l.kind, ZERO, ZERO, []);
      const f = finding(
        this.meta,
        side,
        side,
        { difference: ZERO, tolerance: ZERO },
        { block: l.ref.block, text: l.text, whatZh: WHAT[l.kind]![0], whatEn: WHAT[l.kind]![1] },
        WHAT[l.kind]![2] ? { severity: WHAT[l.kind]![2] } : {},
      );
      f.evidence.push(l.ref);
      t.add(f);
    }
    return t.result({ outcome: 'not-applicable', reason: 'the document has no running text' });
  },
};
