import { type FactOf, type Figure, figureOf, type SelfEvalTable } from '../extract/records.js';
import { itemName, scoredItems } from './_lib/performance.js';
import { Tally } from './_lib/finding.js';
import { compare, single, sum } from './_lib/interval.js';
import type { Operand, Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'st-level1-score-text',
  description:
    'Scores the report states per 一级/二级 indicator ("权重10分，得7分") and its 综合得分 equal the 自评表, and the 综合得分 is the sum of the parts it lists',
  messages: {
    zh: '报告称“{subject}”{what} {left}，{rightLabel} 为 {right}（差 {difference}）',
    en: 'the report gives “{subject}” {whatEn} {left}; {rightLabel} is {right} (difference {difference})',
  },
});

/** An indicator name as compared: no 指标 suffix, no spaces (产出指标 ≡ 产出). */
const key = (s: string): string =>
  s
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/(?:指标|情况)$/, '');
/** The 资金 row: 年度资金总额 in the table, 预算执行 or 资金 in a report. */
const FUND = /^(?:预算执行(?:率)?|年度资金(?:总额)?|资金总额|资金)$/;

/** The 自评表 figures a text subject stands for: the 资金 row, or the rows of one 一级 or one 二级 indicator. */
function tableSide(t: SelfEvalTable, subject: string, field: 'weight' | 'score'): { label: string; ops: Operand[] } | null {
  const k = key(subject);
  if (FUND.test(k) && t.fund) {
    const f = figureOf(t.fund[field]);
    return f
      ? {
          label: `自评表 ${t.fund.label} ${field === 'weight' ? '分值' : '得分'}`,
          ops: [{ label: `${t.fund.label} ${field === 'weight' ? '分值' : '得分'}`, figure: f }],
        }
      : null;
  }
  for (const level of ['l1', 'l2'] as const) {
    const rows = scoredItems(t).filter((it) => it[level] && key(it[level]!) === k);
    if (!rows.length) continue;
    const ops = rows.flatMap((it) => {
      const f = figureOf(it[field]);
      return f ? [{ label: `${itemName(it)} ${field === 'weight' ? '分值' : '得分'}`, figure: f }] : [];
    });
    return ops.length ? { label: `自评表 ${subject} ${field === 'weight' ? '分值' : '得分'}之和`, ops } : null;
  }
  return null;
}

/** Text without spaces or quotes, for finding a project's name in a sentence or heading. */
const bare = (s: string): string => s.normalize('NFKC').replace(/[\s“”"'‘’「」『』]/g, '');

/**
 * The 自评表 a stated score is of. A document with one 自评表 has no choice to make. With several
 * (a 决算 prints one per project), the score is of the table whose project the sentence or the
 * headings over it name (the longest name that occurs, so 信息化运行维护 is not taken for a part of a
 * longer one); a score that names no table's project is of the 整体 table when there is exactly one and
 * the text does not speak of a 项目, and of none otherwise: it is not compared.
 */
function tableFor(f: FactOf<'score'>, records: Parameters<Rule['check']>[0]): SelfEvalTable | null {
  const all = records.selfEval;
  if (all.length <= 1) return all[0] ?? null;
  const nodes = f.outline?.nodes ?? [];
  const text = bare([f.ref.kind === 'text' ? f.ref.quote : '', ...nodes.map((id) => records.blocks.find((b) => b.id === id)?.text ?? '')].join('|'));
  const named = all.filter((t) => t.project && text.includes(bare(t.project))).sort((a, b) => bare(b.project!).length - bare(a.project!).length);
  if (named.length) return named[0]!;
  const dept = all.filter((t) => t.tableKind === 'st-dept');
  return dept.length === 1 && !/项目/.test(text) ? dept[0]! : null;
}

export const rule: Rule = {
  meta,
  check(records) {
    const facts = records.narrative.filter((f): f is FactOf<'score'> => f.kind === 'score');
    if (!facts.length) return { outcome: 'not-applicable', findings: [], residuals: [], checked: 0, reason: 'the text states no self-scores' };
    const tally = new Tally(meta);
    const exact = (table: string, subject: string, what: [string, string], stated: Figure, right: ReturnType<typeof sum>): void => {
      const left = single(`报告 ${subject}`, stated);
      // T-SCORE: scores are exact decimals (99.50 = 99.5): no rounding slack.
      tally.compare(table, left, right, compare(left, right, { exact: true }), { subject, what: what[0], whatEn: what[1] });
    };
    let unplaced = 0;
    // The 综合得分 against the sum of the parts its 其中 sentence lists.
    for (const total of facts.filter((f) => f.role === 'total')) {
      // The 其中 sentence follows the total, in its block or the next one.
      const at = (id: string): number => records.blocks.findIndex((b) => b.id === id);
      const parts = facts.filter((f) => f.role === 'part' && [0, 1].includes(at(f.ref.block) - at(total.ref.block)));
      if (parts.length)
        exact(
          'text',
          '综合',
          ['得分', 'score'],
          total.score,
          sum(
            '其中各项得分之和',
            parts.map((p) => ({ label: p.subject, figure: p.score })),
          ),
        );
      const t = tableFor(total, records);
      if (!t && records.selfEval.length) unplaced++;
      const stated = t ? figureOf(t.total?.score) : null;
      if (t && stated) exact(t.table, '综合', ['得分', 'score'], total.score, sum('自评表 总分', [{ label: '总分', figure: stated }]));
    }
    for (const f of facts.filter((x) => x.role !== 'total')) {
      const t = tableFor(f, records);
      if (!t) {
        if (records.selfEval.length) unplaced++;
        continue;
      }
      const s = tableSide(t, f.subject, 'score');
      if (s) exact(t.table, f.subject, ['得分', 'score'], f.score, sum(s.label, s.ops));
      const w = f.weight ? tableSide(t, f.subject, 'weight') : null;
      if (f.weight && w) exact(t.table, f.subject, ['分值', 'weight'], f.weight, sum(w.label, w.ops));
    }
    const reason = !records.selfEval.length
      ? 'the document has no 自评表 to compare the stated scores with'
      : unplaced
        ? `${unplaced} stated score(s) name no project of the document's ${records.selfEval.length} 自评表, and are not compared`
        : 'no stated score names an indicator of the 自评表';
    return tally.result({ outcome: 'insufficient-data', reason });
  },
};
