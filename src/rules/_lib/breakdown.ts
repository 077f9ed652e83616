import type { DocumentRecords, Family } from '../../extract/records.js';
import { factsOf, operand, textTable, whereOf } from './narrative.js';
import type { Severity } from '../../model/index.js';
import { IN_WAN, type MoneyUnit } from '../../normalise/amount.js';
import { finding, Tally } from './finding.js';
import { type Comparison, atMost, compare, single, sum } from './interval.js';
import type { RuleMeta, RuleResult, Side } from './types.js';

/**
 * Records a comparison whose one side is rounded by construction (a printed percent, a 元 amount
 * restated in 万元): a difference beyond tolerance is a finding; one inside it is no rounding
 * residual (every such pair differs a little, so that would be noise), just a pass.
 */
export function tallyRounded(
  t: Tally,
  left: Side,
  right: Side,
  cmp: Comparison,
  data: Record<string, string>,
  opts: { severity?: Severity; diagnostic?: string } = {},
): void {
  t.checked++;
  if (cmp.agreement === 'differs') t.add(finding(t.meta, left, right, cmp, data, opts));
}

/**
 * Checks every exhaustive narrative breakdown of the given families: total = Σ components within
 * the components' and the total's printed half-units (T-AMT(n); "836万元" carries 0.5).
 */
export function checkBreakdowns(
  meta: RuleMeta,
  r: DocumentRecords,
  families: readonly Family[],
  opts: { minParts?: number } = {},
  t: Tally = new Tally(meta),
): RuleResult {
  for (const b of factsOf(r, 'breakdown')) {
    if (!b.exhaustive || !families.includes(b.family) || b.components.length < (opts.minParts ?? 1)) continue;
    const left = single(operand(b.total).label, b.total.figure);
    const right = sum(`Σ ${b.components.map((c) => operand(c).label).join(' + ')}`, b.components.map(operand));
    // T-AMT(1): a total with one component printed at its precision is one number printed twice, no slack.
    const single1 = b.components.length === 1 && b.components[0]!.figure.decimals === b.total.figure.decimals;
    t.compare(textTable(b), left, right, compare(left, right, { exact: single1 }), {
      where: whereOf(b),
      family: b.family,
      table: whereOf(b),
      column: '文中',
      row: operand(b.total).label,
    });
  }
  return t.result({ outcome: 'not-applicable', reason: `no exhaustive breakdown of kind ${families.join('/')} in the text` });
}

/**
 * Narrative 其中 lists that need not cover their total (subset-le-total's narrative side, spec A1):
 * Σ parts ≤ total.
 */
export function checkNarrativeSubsets(meta: RuleMeta, r: DocumentRecords): RuleResult {
  const t = new Tally(meta);
  for (const b of factsOf(r, 'breakdown')) {
    if (b.exhaustive || b.form === 'trailing') continue;
    const left = sum(`Σ ${b.components.map((c) => operand(c).label).join(' + ')}`, b.components.map(operand));
    const right = single(operand(b.total).label, b.total.figure);
    const cmp = atMost(left, right);
    t.checked++;
    if (cmp.agreement === 'differs')
      t.add(finding(meta, left, right, cmp, { where: whereOf(b), table: whereOf(b), column: '文中', row: operand(b.total).label }));
  }
  return t.result({ outcome: 'not-applicable', reason: 'no non-exhaustive 其中 list in the text' });
}

const PRINTED_UNIT = /(亿元|千元|万元|元)\s*$/;
const unitPrinted = (printed: string): MoneyUnit | null => (PRINTED_UNIT.exec(printed)?.[1] as MoneyUnit | undefined) ?? null;

/**
 * A 其中 list that holds as printed (a non-exhaustive list never exceeds its total) but whose one item
 * is printed in another unit than its total and every other item, and which sums to its total exactly
 * once that item is read in their unit: "收入预算68632.12万元，其中，一般公共预算拨款68632.12元，财政专户管理事业
 * 收入0.00万元，…" is a unit slip, not a list that leaves most of its total out. A `unit-suspect` warning.
 */
export function unitSlips(t: Tally, r: DocumentRecords): void {
  for (const b of factsOf(r, 'breakdown')) {
    if (b.exhaustive) continue;
    const unit = unitPrinted(b.total.figure.printed);
    if (!unit) continue;
    const odd = b.components.filter((c) => {
      const u = unitPrinted(c.figure.printed);
      return u !== null && u !== unit;
    });
    const slip = odd.length === 1 ? odd[0]! : null;
    if (!slip || slip.figure.value.isZero() || b.components.some((c) => !unitPrinted(c.figure.printed))) continue;
    const factor = IN_WAN[unit].div(IN_WAN[unitPrinted(slip.figure.printed)!]);
    const reread = { ...slip.figure, value: slip.figure.value.times(factor), halfUnit: slip.figure.halfUnit.times(factor) };
    const total = single(operand(b.total).label, b.total.figure);
    const asRead = sum(`Σ ${b.components.map((c) => operand(c).label).join(' + ')}`, b.components.map(operand));
    const inUnit = sum(
      'Σ',
      b.components.map((c) => (c === slip ? { label: operand(c).label, figure: reread } : operand(c))),
    );
    if (compare(total, inUnit).agreement === 'differs') continue;
    t.add(
      finding(
        t.meta,
        total,
        asRead,
        compare(total, asRead),
        {
          where: whereOf(b),
          uncertain: `${operand(slip).label} is printed in ${unitPrinted(slip.figure.printed)} among amounts in ${unit}, and the list sums to its total exactly when it is read in ${unit}: its unit was probably misprinted`,
        },
        { severity: 'warning', diagnostic: 'unit-suspect' },
      ),
    );
  }
}
