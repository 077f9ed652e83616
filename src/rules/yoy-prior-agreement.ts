import { Decimal } from 'decimal.js';
import { bdRow, figureOf } from '../extract/records.js';
import { buSangong } from './_lib/table-values.js';
import { directionOf, factsOf, impliedPrior, nameOf, textTable, whereOf } from './_lib/narrative.js';
import { doubtOf, gated } from './_lib/binding.js';
import { finding, Tally } from './_lib/finding.js';
import { atMost, compare, computed, single } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { resolvedDirection } from './_lib/yoy.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'yoy-prior-agreement',
  description:
    'The prior-year value a YoY statement implies equals the prior-year value given elsewhere (BD 上年决算数) and is not below a known prior-year component',
  messages: {
    zh: '{where}：{metric} 的变动表述推出上年数 {left}，{relation} {rightLabel} {right}',
    en: '{where}: the change statement implies a prior-year {metric} of {left}, {relationEn} {rightLabel} {right}',
  },
});

/** 基础数据表 rows that are the same quantity as a narrative metric, and those that are its components. */
const SAME: Record<string, 'basic' | 'project' | 'public'> = { 基本支出: 'basic', 项目支出: 'project', 公用经费: 'public' };
const PARTS: Record<string, ('basic' | 'project')[]> = { 支出: ['basic', 'project'] };

/**
 * A statement that prints both values it compares: "比 2025 年年初预算数 28479.84 万元增加 1476.73 万元" on a
 * 29956.27 (北京市司法局 2026 三): the prior it implies, C ∓ Δ, must be the prior it prints (T-AMT over the
 * three printed numbers). The metric and scope are the statement's own, so a difference is an error.
 */
function statedPriors(r: Parameters<Rule['check']>[0], t: Tally): void {
  for (const y of factsOf(r, 'yoy')) {
    if (!y.prior || !y.current) continue;
    const d = directionOf(y);
    if (!d) continue;
    const implied = impliedPrior(y, d)!;
    const left = single(`${nameOf(y.current)} 推算基数`, implied);
    const right = single(`文中基数 ${y.prior.label}`, y.prior.figure);
    const gate = gated('error', doubtOf(y));
    t.compare(
      textTable(y),
      left,
      right,
      compare(left, right),
      { where: whereOf(y), metric: nameOf(y.current), relation: '不等于文中所列', relationEn: 'not the stated', ...gate.data },
      { severity: gate.severity },
    );
  }
}

/**
 * A 预算's change of a 三公 item, 会议费 or 培训费 against last year, set against its 三公 table, which prints both
 * years: the prior the statement implies (this year's figure, from the sentence or else the table, ∓ the change)
 * is the table's last-year figure (西安人社 2020 六 "公务接待费较上年降低1.17万元" on 3.30 implies 4.47; 表13 prints 3.57).
 * A change against last year's 年初预算 is set against it too, as a warning: the table's 上年 column may not be a 预算.
 */
function budgetTablePriors(r: Parameters<Rule['check']>[0], t: Tally): void {
  if (r.document.kind !== '预算') return;
  for (const y of factsOf(r, 'yoy')) {
    // "较2025年年初预算减少1.20万元" (深圳 2026) is against last year's 预算: the table's 上年 column, unless that prints 上年执行 or 决算.
    if ((y.against !== 'prior' && y.against !== 'budget') || !y.metric || y.prior) continue;
    const last = buSangong(r, y.metric, 'prior');
    const own = y.current?.metric === y.metric ? { label: nameOf(y.current), figure: y.current.figure } : buSangong(r, y.metric, 'bud');
    if (!last || !own) continue;
    const yy = { ...y, current: { label: own.label, metric: y.metric, column: null, scope: null, figure: own.figure } };
    const d = resolvedDirection(yy);
    if (!d) continue;
    const implied = impliedPrior(yy, d)!;
    // Both printed numbers are the evidence: this year's figure and the change.
    const left = computed(`${own.label} ${d === 1 ? '−' : '+'} 变动额`, implied.value, new Decimal(implied.halfUnit), [
      { label: own.label, figure: own.figure },
      { label: '变动额', figure: y.delta },
    ]);
    const right = single(last.label, last.figure);
    const unsure =
      y.against === 'budget'
        ? "the statement is against last year's 年初预算; the 三公 table's last-year column may print last year's 执行数 or 决算 instead"
        : null;
    const gate = gated('error', doubtOf(y) ?? unsure);
    t.compare(
      textTable(y),
      left,
      right,
      compare(left, right),
      { where: whereOf(y), metric: y.metric, relation: '不等于', relationEn: 'not the', ...gate.data },
      { severity: gate.severity },
    );
  }
}

export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    statedPriors(r, t);
    budgetTablePriors(r, t);
    const bd = r.basicData[0];
    if (!bd) return t.result({ outcome: 'not-applicable', reason: 'no statement prints its prior value and no 基础数据表 gives prior-year values' });
    for (const y of factsOf(r, 'yoy')) {
      if (y.against !== 'prior' || !y.current || !y.current.metric || (y.current.column && y.current.column !== 'final')) continue;
      const d = resolvedDirection(y);
      if (!d) continue;
      const prior = impliedPrior(y, d)!;
      const left = single(`${nameOf(y.current)} 推算上年数`, prior);
      const base = { where: whereOf(y), metric: nameOf(y.current) };
      const same = SAME[y.current.metric];
      const given = same ? figureOf(bdRow(bd, same)?.prevFin) : null;
      if (given) {
        const right = single(`${bd.table} ${bdRow(bd, same!)!.label} 上年决算数`, given);
        t.compare(textTable(y), left, right, compare(left, right), { ...base, relation: '不等于', relationEn: 'not the' }, { severity: 'error' });
      }
      for (const k of PARTS[y.current.metric] ?? []) {
        const part = figureOf(bdRow(bd, k)?.prevFin);
        if (!part) continue;
        const right = single(`${bd.table} ${bdRow(bd, k)!.label} 上年决算数`, part);
        const cmp = atMost(right, left);
        t.checked++;
        if (cmp.agreement === 'differs')
          t.add(
            finding(
              meta,
              left,
              right,
              { difference: left.value.minus(right.value), tolerance: cmp.tolerance },
              { ...base, relation: '小于其组成部分', relationEn: 'below its component' },
            ),
          );
      }
    }
    return t.result({ outcome: 'not-applicable', reason: 'no year-on-year statement of a metric the 基础数据表 gives for the prior year' });
  },
};
export default rule;
