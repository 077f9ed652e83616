import { Decimal } from 'decimal.js';
import { familyOf } from '../extract/records.js';
import { factsOf, textTable, whereOf } from './_lib/narrative.js';
import { Tally } from './_lib/finding.js';
import { compare, computed, single, sum } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'pct-shares-sum',
  description: 'Shares over an exhaustive partition sum to 100 (k·half a unit of the last digit)',
  messages: {
    zh: '{where}：各部分占比之和为 {left}%，应为 100%',
    en: '{where}: the shares add up to {left}%, not 100%',
  },
});

export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    const shares = factsOf(r, 'share');
    const breakdowns = new Map(factsOf(r, 'breakdown').map((b) => [b.id, b]));
    for (const g of new Set(shares.map((s) => s.group).filter((x): x is string => x !== null))) {
      const members = shares.filter((s) => s.group === g);
      if (members.length < 2) continue;
      // Only a partition sums to 100: the shares of one exhaustive breakdown, or of a 三公/收入 partition named in one sentence (004 七(二)).
      const bd = breakdowns.get(g);
      const fam = familyOf(members.map((m) => m.part?.metric ?? null));
      const covered = bd ? bd.exhaustive && bd.components.length === members.length : fam !== null;
      if (!covered) continue;
      // Shares of one base sum to 100 only when their parts make up the base: 苏州 2026 二 prints its list of 收入 over two
      // paragraphs, and the second half (all 0) is no partition of 收入预算合计 on its own.
      const base = members[0]!.base;
      const at = (f: { evidence: { kind: string } }): string => JSON.stringify(f.evidence);
      if (!bd && base && members.every((m) => m.part && m.base && at(m.base.figure) === at(base.figure))) {
        const parts = sum(
          'Σ parts',
          members.map((m) => ({ label: m.part!.label, figure: m.part!.figure })),
        );
        if (compare(parts, single('base', base.figure)).agreement === 'differs') continue;
      }
      const left = sum(
        'Σ 占比',
        members.map((m) => ({ label: m.part?.label ?? '占比', figure: m.pct })),
      );
      const right = computed('100%', new Decimal(100), new Decimal(0), []);
      t.compare(textTable(members[0]!), left, right, compare(left, right), { where: whereOf(members[0]!) });
    }
    return t.result({ outcome: 'not-applicable', reason: 'no set of shares over one partition' });
  },
};
export default rule;
