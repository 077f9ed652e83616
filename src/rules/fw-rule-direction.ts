import { Decimal } from 'decimal.js';
import { leavesOf } from '../extract/records.js';
import { directionDefect } from '../score/rule-text.js';
import { finding, Tally } from './_lib/finding.js';
import { single } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'fw-rule-direction',
  description:
    "The deduction direction fits the indicator's definition (a completion rate deducts below 100; an adjustment rate is ideal at 0%; a cost-saving rate cannot target 100%).",
  messages: {
    zh: '{table}「{node}」：{problem}（评分标准：{rule}）',
    en: '{table} "{node}": {problemEn} (rule: {rule})',
  },
});

export const rule: Rule = {
  meta,
  check(records) {
    const tally = new Tally(meta);
    if (!records.frameworks.length) return tally.result({ outcome: 'not-applicable', reason: 'no 共性指标框架' });
    for (const fw of records.frameworks) {
      for (const leaf of leavesOf(fw)) {
        if (!leaf.ruleText || !leaf.weight) continue;
        tally.checked++;
        const d = directionDefect(leaf.name, leaf.ruleText);
        if (!d) continue;
        // The finding is about text: both sides are the leaf's weight, evidenced by the leaf's cell.
        const side = single('权重', leaf.weight);
        const f = finding(
          meta,
          side,
          side,
          { difference: new Decimal(0), tolerance: new Decimal(0) },
          { table: fw.table, node: leaf.name, problem: d.zh, problemEn: d.en, rule: leaf.ruleText.replace(/\s+/g, '') },
        );
        f.evidence.push(leaf.evidence);
        tally.add(f);
      }
    }
    return tally.result({ outcome: 'insufficient-data', reason: 'no framework leaf with rule text was extracted' });
  },
};
