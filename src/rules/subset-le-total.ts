import { type BdKey, bdRow, type FactOf } from '../extract/records.js';
import { identityParts } from './_lib/performance.js';
import { Tally } from './_lib/finding.js';
import { atMost, single, sum } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { BD_COLUMNS } from './_lib/basic-data.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'subset-le-total',
  description:
    'A non-exhaustive "其中" list never exceeds its parent: the 基础数据表 公用经费 其中 rows (办公经费, 水电差旅, 会议培训) per column, and the report\'s non-exhaustive breakdowns (N.breakdown, exhaustive false).',
  messages: {
    zh: '{table}（{column}）：其中各项之和 {left} 超过 {rightLabel} {right}（差 {difference}，容差 {tolerance}）',
    en: '{table} ({column}): the 其中 items sum to {left}, above {rightLabel} {right} (difference {difference}, tolerance {tolerance})',
  },
});

const SUBSETS: { parent: BdKey; parts: BdKey[] }[] = [{ parent: 'public', parts: ['office', 'utilities', 'meetingTraining'] }];

export const rule: Rule = {
  meta,
  check(records) {
    const tally = new Tally(meta);
    const bds = records.basicData.filter((b) => SUBSETS.some((s) => bdRow(b, s.parent)));
    const lists = records.narrative.filter((f): f is FactOf<'breakdown'> => f.kind === 'breakdown' && !f.exhaustive && f.components.length > 0);
    if (!bds.length && !lists.length)
      return tally.result({ outcome: 'not-applicable', reason: 'no 基础数据表 其中 rows and no non-exhaustive 其中 list in the report' });
    for (const l of lists) {
      const left = sum(
        'Σ 其中',
        l.components.map((c) => ({ label: c.label, figure: c.figure })),
      );
      const right = single(l.total.label, l.total.figure);
      tally.compare(l.ref.block, left, right, atMost(left, right), { table: `正文 ${l.section ?? l.ref.block}`, column: l.ref.quote.slice(0, 30) });
    }
    for (const b of bds) {
      for (const s of SUBSETS) {
        const parent = bdRow(b, s.parent);
        if (!parent) continue;
        const parts = b.rows.filter((r) => s.parts.includes(r.key));
        for (const [col, name] of BD_COLUMNS) {
          const ip = identityParts(
            parent[col],
            parts.map((p) => ({ label: p.label, slot: p[col] })),
          );
          if (!ip) continue;
          const left = sum('Σ 其中', ip.parts);
          const right = single(parent.label, ip.parent);
          tally.compare(b.table, left, right, atMost(left, right), { table: b.table, column: name });
        }
      }
    }
    return tally.result({ outcome: 'insufficient-data', reason: 'the 其中 rows print no amounts' });
  },
};
