import type { Figure } from '../extract/figure.js';
import type { FactOf } from '../extract/narrative/schema.js';
import { fig, itemName, scoredItems } from '../extract/performance/access.js';
import type { SelfEvalTable } from '../extract/performance/self-eval.js';
import { Tally } from './_lib/finding.js';
import { compare, single, sum } from './_lib/interval.js';
import type { Operand, Rule, RuleMeta } from './_lib/types.js';

const meta: RuleMeta = {
  id: 'st-level1-score-text',
  family: 'A6',
  description: 'Scores the report states per 一级/二级 indicator ("权重10分，得7分") and its 综合得分 equal the 自评表, and the 综合得分 is the sum of the parts it lists',
  severity: 'error',
  appliesTo: ['PR', 'ST'],
  messages: {
    zh: '报告称“{subject}”{what} {left}，{rightLabel} 为 {right}（差 {difference}）',
    en: 'the report gives “{subject}” {whatEn} {left}; {rightLabel} is {right} (difference {difference})',
  },
};

/** An indicator name as compared: no 指标 suffix, no spaces (产出指标 ≡ 产出). */
const key = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '').replace(/(?:指标|情况)$/, '');
/** The 资金 row: 年度资金总额 in the table, 预算执行 or 资金 in a report. */
const FUND = /^(?:预算执行(?:率)?|年度资金(?:总额)?|资金总额|资金)$/;

/** The 自评表 figures a text subject stands for: the 资金 row, or the rows of one 一级 or one 二级 indicator. */
function tableSide(t: SelfEvalTable, subject: string, field: 'weight' | 'score'): { label: string; ops: Operand[] } | null {
  const k = key(subject);
  if (FUND.test(k) && t.fund) {
    const f = fig(t.fund[field]);
    return f ? { label: `自评表 ${t.fund.label} ${field === 'weight' ? '分值' : '得分'}`, ops: [{ label: `${t.fund.label} ${field === 'weight' ? '分值' : '得分'}`, figure: f }] } : null;
  }
  for (const level of ['l1', 'l2'] as const) {
    const rows = scoredItems(t).filter((it) => it[level] && key(it[level]!) === k);
    if (!rows.length) continue;
    const ops = rows.flatMap((it) => {
      const f = fig(it[field]);
      return f ? [{ label: `${itemName(it)} ${field === 'weight' ? '分值' : '得分'}`, figure: f }] : [];
    });
    return ops.length ? { label: `自评表 ${subject} ${field === 'weight' ? '分值' : '得分'}之和`, ops } : null;
  }
  return null;
}

export const rule: Rule = {
  meta,
  check(records) {
    const facts = records.narrative.filter((f): f is FactOf<'score'> => f.kind === 'score');
    if (!facts.length) return { outcome: 'not-applicable', findings: [], residuals: [], checked: 0, reason: 'the text states no self-scores' };
    const t = records.selfEval.find((x) => x.tableKind === 'st-dept') ?? records.selfEval[0];
    const tally = new Tally(meta);
    const exact = (table: string, subject: string, what: [string, string], stated: Figure, right: ReturnType<typeof sum>): void => {
      const left = single(`报告 ${subject}`, stated);
      // T-SCORE: scores are exact decimals (99.50 = 99.5): no rounding slack.
      tally.compare(table, left, right, compare(left, right, { exact: true }), { subject, what: what[0], whatEn: what[1] });
    };
    // The 综合得分 against the sum of the parts its 其中 sentence lists.
    for (const total of facts.filter((f) => f.role === 'total')) {
      // The 其中 sentence follows the total, in its block or the next one.
      const at = (id: string): number => records.blocks.findIndex((b) => b.id === id);
      const parts = facts.filter((f) => f.role === 'part' && [0, 1].includes(at(f.ref.block) - at(total.ref.block)));
      if (parts.length) exact('text', '综合', ['得分', 'score'], total.score, sum('其中各项得分之和', parts.map((p) => ({ label: p.subject, figure: p.score }))));
      const stated = t ? fig(t.total?.score) : null;
      if (t && stated) exact(t.table, '综合', ['得分', 'score'], total.score, sum('自评表 总分', [{ label: '总分', figure: stated }]));
    }
    if (t) {
      for (const f of facts.filter((x) => x.role !== 'total')) {
        const s = tableSide(t, f.subject, 'score');
        if (s) exact(t.table, f.subject, ['得分', 'score'], f.score, sum(s.label, s.ops));
        const w = f.weight ? tableSide(t, f.subject, 'weight') : null;
        if (f.weight && w) exact(t.table, f.subject, ['分值', 'weight'], f.weight, sum(w.label, w.ops));
      }
    }
    return tally.result({ outcome: 'insufficient-data', reason: t ? 'no stated score names an indicator of the 自评表' : 'the document has no 自评表 to compare the stated scores with' });
  },
};
