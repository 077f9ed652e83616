import { Decimal } from 'decimal.js';
import { type FactOf, figureOf } from '../extract/records.js';
import { scoredItems } from './_lib/performance.js';
import { finding, Tally } from './_lib/finding.js';
import { computed } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'st-indicator-structure',
  description: 'The count and names of indicators the report says it set ("设置…4个二级指标") match the indicators the 自评表 scores',
  messages: {
    zh: '报告称设置 {count} 个{level}级指标（{names}），自评表只对 {scored} 个评分{missingZh}',
    en: 'the report says it set {count} level-{level} indicators ({names}); the 自评表 scores {scored}{missingEn}',
  },
});

const key = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '').replace(/指标$/, '');
const ZERO = new Decimal(0);

export const rule: Rule = {
  meta,
  check(records) {
    const lists = records.narrative.filter((f): f is FactOf<'indicator-list'> => f.kind === 'indicator-list');
    if (!lists.length) return { outcome: 'not-applicable', findings: [], residuals: [], checked: 0, reason: 'the text lists no indicators it set' };
    const t = records.selfEval.find((x) => x.tableKind === 'st-dept') ?? records.selfEval[0];
    if (!t) return { outcome: 'insufficient-data', findings: [], residuals: [], checked: 0, reason: 'the document has no 自评表' };
    const tally = new Tally(meta);
    for (const l of lists) {
      const field = l.level === 1 ? 'l1' : l.level === 2 ? 'l2' : 'l3';
      const scored = new Set(
        scoredItems(t)
          .filter((it) => it[field] && figureOf(it.weight)?.value.gt(0))
          .map((it) => key(it[field]!)),
      );
      const missing = l.names.filter((n) => !scored.has(key(n)));
      const listed = l.names.filter((n) => scored.has(key(n))).length;
      tally.checked++;
      if (!missing.length && l.count === l.names.length) continue;
      const side = computed(`${l.count}`, new Decimal(l.count), ZERO, []);
      const f = finding(
        meta,
        side,
        computed(`${listed}`, new Decimal(listed), ZERO, []),
        { difference: new Decimal(l.count - listed), tolerance: ZERO },
        {
          count: String(l.count),
          level: ['一', '二', '三'][l.level - 1]!,
          names: l.names.join('、'),
          scored: String(listed),
          missingZh: missing.length ? `，未评分：${missing.join('、')}` : '',
          missingEn: missing.length ? `; not scored: ${missing.join(', ')}` : '',
        },
      );
      f.evidence.push(l.ref);
      tally.add(f);
    }
    return tally.result({ outcome: 'not-applicable', reason: '' });
  },
};
