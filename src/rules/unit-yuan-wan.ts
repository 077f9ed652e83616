import { factsOf, nameOf, whereOf } from './_lib/narrative.js';
import { tallyRounded } from './_lib/breakdown.js';
import { type DocumentRecords, type Figure, figureOf, type Labelled } from '../extract/records.js';
import { finding, Tally } from './_lib/finding.js';
import { compare, single } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'unit-yuan-wan',
  description: 'An amount given in 元 and restated in 万元 (or 亿元) agrees (T-UNIT: 0.005 万元)',
  messages: {
    zh: '{where}：{leftLabel} {printed}（= {left} 万元）与 {rightLabel} {right} 万元不符（差额 {difference}）',
    en: '{where}: {leftLabel} {printed} (= {left} 万元) does not match {rightLabel} {right} 万元 (difference {difference})',
  },
});

const inYuan = (f: Figure): boolean => /\d\s*元$/.test(f.printed);

/** The 自评表 资金 row and column a narrative amount restates (001: 年初预算 … 其中基本支出预算 … in 元). */
function stCounterpart(r: DocumentRecords, l: Labelled, total: boolean): { label: string; figure: Figure } | null {
  const key = total ? 'total' : l.metric === '基本支出' ? 'basic' : l.metric === '项目支出' ? 'project' : null;
  const col = l.column === 'init' || l.column === 'budget' ? 'initBudget' : l.column === 'final' ? 'executed' : l.column === 'full' ? 'fullBudget' : null;
  if (!key || !col) return null;
  for (const st of r.selfEval) {
    const row = st.fundRows.find((x) => x.key === key);
    const f = row ? figureOf(row[col]) : null;
    if (f) return { label: `${st.table} ${row!.label} ${{ initBudget: '年初预算数', executed: '实际支出数', fullBudget: '全年预算数' }[col]}`, figure: f };
  }
  return null;
}

/** Words that make an amount a rate per person, per month, per unit (人均月补贴90元, 90元/人): those are stated in 元. */
const PER_UNIT = /人均|每[人月年次天日辆台件户名]|单价|标准|补贴$|补助$/;
/** Fewest amounts in 万元 that make the 说明's unit plain. */
const CONVENTION = 10;

/**
 * A 说明 keeps one unit: an aggregate amount printed in 元 where every other non-zero amount is in 万元
 * (at least ten of them, and no other in 元) is a unit question — "政府采购…339.5 元" among 79 amounts in
 * 万元 — unless its words make it a rate per person or per unit. The figure read in the 说明's unit is
 * given beside it; a `unit-suspect` warning.
 */
function oddOneOut(r: DocumentRecords, t: Tally): void {
  const money = factsOf(r, 'amount').filter((a) => !a.figure.value.isZero() && /元\s*$/.test(a.figure.printed));
  const inWan = money.filter((a) => /万元\s*$/.test(a.figure.printed));
  const inYuanOnly = money.filter((a) => inYuan(a.figure));
  if (inWan.length < CONVENTION || inYuanOnly.length !== 1 || money.length !== inWan.length + 1) return;
  const a = inYuanOnly[0]!;
  const ev = a.figure.evidence;
  const tail = ev.kind === 'text' ? (r.blocks.find((b) => b.id === ev.block)?.text.slice(ev.end, ev.end + 3) ?? '') : '';
  if (PER_UNIT.test(a.label.replace(/\s+/g, '')) || /^\s*[/／]/.test(tail)) return;
  const left = single(nameOf(a), a.figure);
  const asWan = { ...a.figure, value: a.figure.value.times(10000), halfUnit: a.figure.halfUnit.times(10000), unit: '万元' };
  const right = single(`the same digits read in 万元 (the unit of the 说明's ${inWan.length} other amounts):`, asWan);
  t.add(
    finding(
      meta,
      left,
      right,
      compare(left, right),
      {
        where: whereOf(a),
        printed: a.figure.printed,
        uncertain: `every other amount of the 说明 (${inWan.length}) is printed in 万元 and this one, no rate per person or unit, in 元: its unit was probably misprinted`,
      },
      { severity: 'warning', diagnostic: 'unit-suspect' },
    ),
  );
  t.checked++;
}

export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    const seen = new Set<string>();
    for (const b of factsOf(r, 'breakdown')) {
      if (b.family !== 'basic-project') continue;
      const column = b.total.column ?? b.components.find((c) => c.column)?.column ?? null;
      for (const [l, isTotal] of [[b.total, true], ...b.components.map((c) => [c, false] as const)] as [Labelled, boolean][]) {
        const ev = l.figure.evidence;
        const id = ev.kind === 'text' ? `${ev.block}:${ev.start}` : '';
        if (!inYuan(l.figure) || seen.has(id)) continue;
        seen.add(id);
        const other = stCounterpart(r, { ...l, column: l.column === 'budget' ? column : l.column }, isTotal);
        if (!other) continue;
        const left = single(nameOf(l), l.figure);
        const right = single(other.label, other.figure);
        tallyRounded(t, left, right, compare(left, right), { where: whereOf(b), printed: l.figure.printed });
      }
    }
    oddOneOut(r, t);
    return t.result({ outcome: 'not-applicable', reason: 'no amount printed in 元 that a 万元 table restates' });
  },
};
export default rule;
