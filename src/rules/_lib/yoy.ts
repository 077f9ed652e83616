import { Decimal } from 'decimal.js';
import { directionOf, factsOf, impliedPrior, nameOf, textTable, whereOf } from './narrative.js';
import type { DocumentRecords, FactOf, Figure } from '../../extract/records.js';
import { doubtOf, gated } from './binding.js';
import { unitQuestion } from './gate.js';
import { finding, Tally } from './finding.js';
import { comparePercent, computed, fmt, single } from './interval.js';
import { tallyPercent } from './percent.js';
import type { RuleMeta, RuleResult } from './types.js';

/** The readings a statement allows: its direction, or both when its words disagree (000 "比上增加年减少"). */
export const readingsOf = (y: FactOf<'yoy'>): (1 | -1)[] => {
  const d = directionOf(y);
  return d === 0 ? [1, -1] : [d];
};

/** The reading whose percent recomputes, when the words leave the direction open; null when none does. */
export function resolvedDirection(y: FactOf<'yoy'>): 1 | -1 | null {
  const rs = readingsOf(y);
  if (rs.length === 1) return rs[0]!;
  if (!y.pct) return null;
  for (const d of rs) {
    const p = impliedPrior(y, d);
    if (p && p.value.gt(0) && comparePercent(y.pct, { label: 'Δ', figure: y.delta }, { label: 'P', figure: p }).agreement !== 'differs') return d;
  }
  return null;
}

const TEN = new Decimal(10);

/**
 * Whether the statement's percent recomputes once its current amount or its change is read in another
 * unit (10⁴ or 10⁸ times, or that fraction): "支出预算16,410.71元，比上年减少11,230.54万元，下降40.6%" is a
 * 万元 printed as 元, not a wrong percent.
 */
function unitMisread(y: FactOf<'yoy'>): { which: string; k: number } | null {
  if (!y.pct || !y.current) return null;
  const scaled = (f: Figure, k: number): Figure => ({ ...f, value: f.value.times(TEN.pow(k)), halfUnit: new Decimal(f.halfUnit).times(TEN.pow(k).abs()) });
  for (const k of [4, -4, 8, -8]) {
    for (const which of ['current', 'delta'] as const) {
      const yy: FactOf<'yoy'> =
        which === 'current' ? { ...y, current: { ...y.current, figure: scaled(y.current.figure, k) } } : { ...y, delta: scaled(y.delta, k) };
      for (const d of readingsOf(yy)) {
        const p = impliedPrior(yy, d);
        if (p && p.value.gt(0) && comparePercent(y.pct, { label: '变动额', figure: yy.delta }, { label: '基数', figure: p }).agreement !== 'differs')
          return { which: which === 'current' ? nameOf(y.current) : '变动额', k };
      }
    }
  }
  return null;
}

/**
 * Checks the YoY statements `pick` selects with `meta`'s templates and severity. fan-org-running
 * uses it for 情况说明 十; yoy-pct takes every other statement.
 */
export function checkYoy(meta: RuleMeta, r: DocumentRecords, pick: (y: FactOf<'yoy'>) => boolean): RuleResult {
  const t = new Tally(meta);
  for (const y of factsOf(r, 'yoy')) {
    if (!y.pct || !y.current || !pick(y)) continue;
    const tries = readingsOf(y)
      .map((d) => ({ d, p: impliedPrior(y, d)! }))
      .filter((x) => x.p.value.gt(0))
      .map((x) => ({ ...x, cmp: comparePercent(y.pct!, { label: '变动额', figure: y.delta }, { label: '基数', figure: x.p }) }));
    if (!tries.length) continue;
    const ok = tries.find((x) => x.cmp.agreement !== 'differs');
    const truncated = ok ? undefined : tries.find((x) => x.cmp.truncationMatch);
    const best = ok ?? truncated ?? tries[0]!;
    const left = single('文中百分比', y.pct);
    const right = computed('100·Δ/P', best.cmp.computed, best.cmp.tolerance.minus(y.pct.halfUnit), [
      { label: '变动额', figure: y.delta },
      { label: '基数', figure: best.p },
    ]);
    const data = {
      where: whereOf(y),
      metric: nameOf(y.current),
      delta: fmt(y.delta.value),
      prior: fmt(best.p.value),
      hint: '',
      hintEn: '',
      what: `${nameOf(y.current)} 变动 ${fmt(y.delta.value)}（基数 ${fmt(best.p.value)}），文中百分比 `,
      whatEn: `${nameOf(y.current)} changed by ${fmt(y.delta.value)} on ${fmt(best.p.value)}; the text says `,
      against: '应为 ',
      againstEn: 'it should be ',
    };
    const gate = gated(meta.severity, doubtOf(y));
    if (ok || truncated) {
      // 西安 2020 六 "较上年降低12万元（31.57%）": 12/38 = 31.579%, truncated — passes with an info.
      tallyPercent(t, textTable(y), left, right, best.cmp, { ...data, right: fmt(best.cmp.computed, 2), ...gate.data });
      continue;
    }
    t.checked++;
    const unit = unitMisread(y);
    if (unit) {
      const u = unitQuestion(unit.k, `${unit.which} × 10^${unit.k}`);
      t.add(
        finding(
          meta,
          left,
          right,
          best.cmp,
          {
            ...data,
            right: fmt(best.cmp.computed, 2),
            uncertain: `the percent recomputes once ${unit.which} is read at 10^${unit.k} times its printed value: its unit (元, 万元, 亿元) was probably misprinted`,
          },
          { severity: u.severity, diagnostic: u.diagnostic },
        ),
      );
      continue;
    }
    const multiple = y.delta.value.div(best.p.value);
    const asMultiple = multiple.minus(y.pct.value).abs().lte(y.pct.halfUnit);
    const hint = asMultiple ? `（${fmt(y.pct.value)} 恰为倍数 Δ/P = ${fmt(multiple, 4)}，被写成百分数）` : '';
    const hintEn = asMultiple ? ` (${fmt(y.pct.value)} is the multiple Δ/P = ${fmt(multiple, 4)} printed as a percent)` : '';
    t.add(
      finding(
        meta,
        left,
        right,
        best.cmp,
        { ...data, right: fmt(best.cmp.computed, 2), hint, hintEn, ...gate.data },
        { severity: gate.severity, ...(asMultiple ? { diagnostic: 'ratio-as-percent' } : {}) },
      ),
    );
  }
  return t.result({ outcome: 'not-applicable', reason: 'no year-on-year statement with an amount and a percent' });
}

/** 情况说明 十 (机关运行经费) is fan-org-running's: one finding per statement. */
export const isOrgRunning = (y: FactOf<'yoy'>): boolean => y.docPart === 'fa-notes' && y.chapter === 10;
