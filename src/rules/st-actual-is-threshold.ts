import { Decimal } from 'decimal.js';
import { itemName, stName } from './_lib/performance.js';
import { figureOf } from '../extract/records.js';
import { finding, Tally } from './_lib/finding.js';
import { single } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'st-actual-is-threshold',
  description: 'The 实际完成值 is a comparator ("≥98%", "大于95%") rather than a measurement.',
  messages: {
    zh: '{table}「{row}」：实际完成值「{actual}」是一个门槛而不是实测值',
    en: '{table} "{row}": the actual "{actual}" is a threshold, not a measured value',
  },
});

const THRESHOLD = new Set(['>=', '>', '<=', '<']);

export const rule: Rule = {
  meta,
  check(records) {
    const tally = new Tally(meta);
    if (!records.selfEval.length) return tally.result({ outcome: 'not-applicable', reason: 'no 自评表' });
    for (const t of records.selfEval) {
      for (const it of t.items) {
        const a = figureOf(it.actual.slot);
        if (!a) continue;
        tally.checked++;
        if (!it.actual.comparator || !THRESHOLD.has(it.actual.comparator)) continue;
        const side = single('实际完成值', a);
        tally.add(
          finding(
            meta,
            side,
            side,
            { difference: new Decimal(0), tolerance: new Decimal(0) },
            { table: stName(t), row: itemName(it), actual: it.actual.printed.trim() },
          ),
        );
      }
    }
    return tally.result({ outcome: 'insufficient-data', reason: 'no numeric actual was extracted' });
  },
};
