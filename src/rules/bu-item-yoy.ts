import type { Figure } from '../extract/records.js';
import type { Rule } from './_lib/types.js';
import { finding, Tally } from './_lib/finding.js';
import { comparePercent, computed, fmt, single } from './_lib/interval.js';
import { ruleMeta } from './_lib/meta.js';

/**
 * "2025年当年预算执行数为P万元，2026年预算安排C万元，比2025年预算执行数增加/减少p%": p must be
 * 100·|C − P|/P with the direction of C − P (T-PCT). When it fits the amount the item leads with
 * instead of 预算安排, the finding says so and is an info (司法局 单位预算 item 7: −2.27% is 56.12
 * against 57.43): the one defect is that the item states two amounts, which bu-item-amount reports.
 */
export const rule: Rule = {
  meta: ruleMeta({
    id: 'bu-item-yoy',
    description: 'Each 预算 编制说明 item’s stated change against the prior year’s execution recomputes, in size and direction',
    messages: {
      zh: '第{ordinal}项 {code} {name}：{budget} 万元比 {prior} 万元{direction} {left}%，按数字应为{actualDirection} {right}%{hint}',
      en: 'item {ordinal} {code} {name}: {budget} 万元 against {prior} 万元 is stated as {directionEn} {left}%, the numbers give {actualDirectionEn} {right}%{hintEn}',
    },
  }),
  check(r) {
    const items = r.budgetItems.filter((it) => it.prior && it.budget && it.change?.pct && !it.prior.value.isZero());
    if (!items.length) return { outcome: 'not-applicable', findings: [], residuals: [], checked: 0, reason: 'no item states a change against the prior year' };
    const t = new Tally(this.meta);
    const delta = (c: Figure, p: Figure): Figure => ({
      ...c,
      value: c.value.minus(p.value).abs(),
      halfUnit: c.halfUnit.plus(p.halfUnit),
      printed: `|${c.printed} − ${p.printed}|`,
    });
    const fits = (stated: Figure, c: Figure, p: Figure, dir: string): boolean => {
      const sign = c.value.minus(p.value).s ?? 0;
      if ((dir === '增加' && sign < 0) || (dir === '减少' && sign > 0)) return false;
      const cmp = comparePercent(stated, { label: 'Δ', figure: delta(c, p) }, { label: 'P', figure: p });
      return cmp.agreement !== 'differs' || cmp.truncationMatch;
    };
    for (const it of items) {
      const c = it.budget!;
      const p = it.prior!;
      const stated = it.change!.pct!;
      const dir = it.change!.direction;
      t.checked++;
      if (fits(stated, c, p, dir)) continue;
      const q = c.value.minus(p.value).div(p.value).times(100);
      const cmp = comparePercent(stated, { label: 'Δ', figure: delta(c, p) }, { label: 'P', figure: p });
      const leadFits = !it.lead.value.eq(c.value) && fits(stated, it.lead, p, dir);
      const actual = q.isNegative() ? '减少' : q.isZero() ? '持平' : '增加';
      const left = single(`${dir} %`, stated);
      const right = computed('100·(预算安排 − 执行数)/执行数', q.abs().toDecimalPlaces(2), cmp.tolerance, [
        { label: '预算安排', figure: c },
        { label: '上年预算执行数', figure: p },
      ]);
      const f = finding(
        this.meta,
        left,
        right,
        { difference: stated.value.minus(q.abs()), tolerance: cmp.tolerance },
        {
          ordinal: String(it.ordinal),
          code: it.code,
          name: it.names.xiang,
          budget: fmt(c.value),
          prior: fmt(p.value),
          direction: dir,
          directionEn: dir === '增加' ? 'an increase of' : dir === '减少' ? 'a decrease of' : 'unchanged at',
          actualDirection: actual,
          actualDirectionEn: actual === '增加' ? 'an increase of' : actual === '减少' ? 'a decrease of' : 'no change,',
          hint: leadFits ? `；它与该项开头的 ${fmt(it.lead.value)} 万元相符` : '',
          hintEn: leadFits ? `; it fits the ${fmt(it.lead.value)} 万元 the item leads with` : '',
        },
        leadFits ? { diagnostic: 'matches-lead-amount', severity: 'info' } : {},
      );
      t.add(f);
    }
    return t.result({ outcome: 'not-applicable', reason: '' });
  },
};
