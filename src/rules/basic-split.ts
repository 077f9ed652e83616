import { factsOf, operand, textTable, whereOf } from './_lib/narrative.js';
import { type DocumentRecords, type FactOf, type Figure, figureOf } from '../extract/records.js';
import { checkBreakdowns } from './_lib/breakdown.js';
import { Tally } from './_lib/finding.js';
import { compare, single, sum } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'basic-split',
  description: '基本支出 = 人员经费 + 公用经费; 人员经费 = 工资福利 + 对个人和家庭补助 (basic scope); 公用经费 = 商品和服务支出 (basic scope)',
  messages: {
    zh: '{where}：{leftLabel} {left} ≠ {rightLabel} = {right}（差额 {difference}，容差 {tolerance}）',
    en: '{where}: {leftLabel} {left} ≠ {rightLabel} = {right} (difference {difference}, tolerance {tolerance})',
  },
});

/**
 * The 经济分类 breakdown of 基本支出: one whose total is 基本支出, or whose total is the 基本支出 value
 * (000 prints "全年支出为1095.69万元。其中：工资福利…" under "1.基本支出情况", and 基本 = total there).
 */
function basicEcon(r: DocumentRecords, basic: Figure | null): FactOf<'breakdown'> | null {
  const econ = factsOf(r, 'breakdown').filter((b) => b.family === 'econ' && b.form !== 'paren');
  return econ.find((b) => b.total.metric === '基本支出') ?? (basic ? (econ.find((b) => b.total.figure.value.eq(basic.value)) ?? null) : null);
}

/** 人员经费 and 公用经费 as stated: the narrative's, else the 自评表's 按支出性质 lines. */
function stated(r: DocumentRecords, metric: '人员经费' | '公用经费' | '基本支出'): { label: string; figure: Figure } | null {
  const n = factsOf(r, 'amount').find((a) => a.metric === metric && (a.column === null || a.column === 'final'));
  if (n) return { label: `${metric}（${n.ref.block}）`, figure: n.figure };
  const st = r.selfEval.find((s) => s.split);
  const key = { 人员经费: 'personnel', 公用经费: 'public', 基本支出: 'basic' } as const;
  const f = st ? figureOf(st.split!.nat[key[metric]]) : null;
  return f ? { label: `${st!.table} ${metric}`, figure: f } : null;
}

export const rule: Rule = {
  meta,
  check(r) {
    const split = checkBreakdowns(meta, r, ['basic-split']);
    const t = new Tally(meta);
    t.findings.push(...split.findings);
    t.residuals.push(...split.residuals);
    t.checked = split.checked;
    const basic = stated(r, '基本支出');
    const econ = basicEcon(r, basic?.figure ?? null);
    if (econ) {
      const personnel = stated(r, '人员经费');
      const parts = econ.components.filter((c) => c.metric === '工资福利支出' || c.metric === '对个人和家庭的补助');
      if (personnel && parts.length) {
        const left = single(personnel.label, personnel.figure);
        const right = sum('工资福利 + 对个人和家庭补助', parts.map(operand));
        t.compare(textTable(econ), left, right, compare(left, right), { where: whereOf(econ) });
      }
      const pub = stated(r, '公用经费');
      const goods = econ.components.find((c) => c.metric === '商品和服务支出');
      if (pub && goods) {
        const left = single(pub.label, pub.figure);
        const right = single(operand(goods).label, goods.figure);
        t.compare(textTable(econ), left, right, compare(left, right), { where: whereOf(econ) });
      }
    }
    return t.result({ outcome: 'not-applicable', reason: 'no 基本支出 split into 人员经费/公用经费 or 经济分类 in the text' });
  },
};
export default rule;
