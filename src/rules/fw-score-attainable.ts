import { Decimal } from 'decimal.js';
import { figureOf, leavesOf } from '../extract/records.js';
import { reachableScores } from '../score/rule-text.js';
import { finding, Tally } from './_lib/finding.js';
import { computed, single } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'fw-score-attainable',
  description: 'The 自评分 is reachable under the leaf\'s step rule (weight − step·k, floor 0; "每缺一项扣3分" on 5 reaches {5, 2, 0}).',
  messages: {
    zh: '{table}「{node}」：按「{basis}」可得分为 {{reachable}}，自评分 {left} 不可达',
    en: '{table} "{node}": under "{basis}" the reachable scores are {{reachable}}; the self-score {left} is not one of them',
  },
});

export const rule: Rule = {
  meta,
  check(records) {
    const tally = new Tally(meta);
    if (!records.frameworks.length) return tally.result({ outcome: 'not-applicable', reason: 'no 共性指标框架' });
    for (const fw of records.frameworks) {
      for (const leaf of leavesOf(fw)) {
        const s = figureOf(leaf.selfScore);
        if (!s || !leaf.weight || !leaf.ruleText) continue;
        const r = reachableScores(leaf.ruleText, leaf.weight.value);
        if (!r) continue;
        tally.checked++;
        if (r.scores.some((v) => v.eq(s.value))) continue;
        const nearest = r.scores.reduce((a, b) => (b.minus(s.value).abs().lt(a.minus(s.value).abs()) ? b : a));
        const left = single('自评分', s);
        const right = computed('最接近的可达分', nearest, new Decimal(0), []);
        tally.add(
          finding(
            meta,
            left,
            right,
            { difference: s.value.minus(nearest), tolerance: new Decimal(0) },
            { table: fw.table, node: leaf.name, basis: r.basis, reachable: r.scores.map((v) => v.toFixed()).join(', ') },
          ),
        );
      }
    }
    return tally.result({ outcome: 'insufficient-data', reason: 'no leaf has a count-based step rule and a 自评分' });
  },
};
