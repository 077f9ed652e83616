import { Decimal } from 'decimal.js';
import { figureOf, leavesOf } from '../extract/records.js';
import { maxAward } from '../score/rule-text.js';
import { finding, Tally } from './_lib/finding.js';
import { computed, single } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'fw-rule-max-weight',
  description:
    'The highest score a leaf\'s 评分及标准 can award equals its weight: not more ("计5分" on a 2-point item), not less ("计5分" on a 10- or 20-point item).',
  messages: {
    zh: '{table}「{node}」：评分标准最高可得 {left} 分（{basis}），权重为 {right} 分{self}',
    en: '{table} "{node}": the scoring rule awards at most {left} ({basis}); the weight is {right}{self}',
  },
});

export const rule: Rule = {
  meta,
  check(records) {
    const tally = new Tally(meta);
    if (!records.frameworks.length) return tally.result({ outcome: 'not-applicable', reason: 'no 共性指标框架' });
    for (const fw of records.frameworks) {
      for (const leaf of leavesOf(fw)) {
        if (!leaf.weight || !leaf.ruleText) continue;
        const award = maxAward(leaf.ruleText, leaf.definitionText, leaf.weight.value);
        if (!award) continue;
        tally.checked++;
        if (award.max.eq(leaf.weight.value)) continue;
        const left = computed('评分标准最高分', award.max, new Decimal(0), []);
        const right = single('权重', leaf.weight);
        const s = figureOf(leaf.selfScore);
        const self = s && s.value.gt(award.max) ? `；自评分 ${s.value.toFixed()} 高于此上限 / the self-score ${s.value.toFixed()} exceeds it` : '';
        const f = finding(
          meta,
          left,
          right,
          { difference: award.max.minus(leaf.weight.value), tolerance: new Decimal(0) },
          { table: fw.table, node: leaf.name, basis: award.basis, self },
        );
        f.evidence.push(leaf.evidence);
        tally.add(f);
      }
    }
    return tally.result({ outcome: 'insufficient-data', reason: 'no leaf rule text states a maximum' });
  },
};
