import { Decimal } from 'decimal.js';
import { figureOf, leavesOf } from '../extract/records.js';
import { acceptsScore, functionFor } from '../score/framework-functions.js';
import { frameworkInputs } from '../score/framework-inputs.js';
import { finding, Tally } from './_lib/finding.js';
import { computed, fmt, single } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'fw-score-recompute',
  description:
    "Where the document's data gives the rate (基础数据表, 自评表), the framework's scoring function (spec A10/A11) reproduces the 自评分 under its linear, step-floor or step-ceil reading.",
  messages: {
    zh: '{table}「{node}」：{formula} = {rate}%，按评分标准应得 {right} 分，自评分为 {left}',
    en: '{table} "{node}": {formula} = {rate}%, which scores {right} under the rule; the self-score is {left}',
  },
});

export const rule: Rule = {
  meta,
  check(records) {
    const tally = new Tally(meta);
    if (!records.frameworks.length) return tally.result({ outcome: 'not-applicable', reason: 'no 共性指标框架' });
    const inputs = frameworkInputs(records);
    for (const fw of records.frameworks) {
      for (const leaf of leavesOf(fw)) {
        const s = figureOf(leaf.selfScore);
        const fn = functionFor(fw.scope, leaf.name);
        if (!s || !fn || fn.kind !== 'rate' || !fn.score) continue;
        const input = inputs.get(fn.id);
        if (!input) continue;
        tally.checked++;
        const w = leaf.weight?.value ?? fn.weight;
        const set = fn.score(input.value, w);
        if (acceptsScore(set, s.value)) continue;
        const left = single('自评分', s);
        const right = computed(`${fn.id}(${fmt(input.value, 2)}%)`, set.lin, new Decimal('0.01'), input.operands);
        tally.add(
          finding(
            meta,
            left,
            right,
            { difference: s.value.minus(set.lin), tolerance: new Decimal('0.01') },
            { table: fw.table, node: leaf.name, formula: input.formula, rate: fmt(input.value, 2) },
          ),
        );
      }
    }
    return tally.result({ outcome: 'insufficient-data', reason: 'the document gives none of the rates the framework scores' });
  },
};
