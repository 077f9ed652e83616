import type { Severity } from '../../model/index.js';
import { finding, type Tally } from './finding.js';
import { fmt, type PercentComparison } from './interval.js';
import type { Side } from './types.js';

/**
 * Records a T-PCT comparison (spec §0.3) for a rule: a stated percentage beyond the allowance is a
 * finding at the rule's severity (or `opts.severity`); one that is the truncation of the computed value
 * passes with an info (`truncated-percent`); one within the allowance passes, with a rounding residual
 * only when `opts.residual` asks for one (a printed percent always differs a little from its ratio).
 */
export function tallyPercent(
  t: Tally,
  table: string,
  left: Side,
  right: Side,
  cmp: PercentComparison,
  data: Record<string, string>,
  opts: { severity?: Severity; diagnostic?: string; residual?: boolean } = {},
): void {
  if (cmp.agreement !== 'differs') {
    if (opts.residual) t.compare(table, left, right, cmp, data);
    else t.checked++;
    return;
  }
  t.checked++;
  if (cmp.truncationMatch) {
    const note = `${fmt(left.value)} 为 ${fmt(cmp.computed, 6)} 截尾所得（T-PCT 允许）/ ${fmt(left.value)} is ${fmt(cmp.computed, 6)} truncated, which T-PCT accepts`;
    t.add(finding(t.meta, left, right, cmp, { ...data, truncated: note }, { severity: 'info', diagnostic: 'truncated-percent' }));
    return;
  }
  t.add(
    finding(t.meta, left, right, cmp, data, {
      ...(opts.severity ? { severity: opts.severity } : {}),
      ...(opts.diagnostic ? { diagnostic: opts.diagnostic } : {}),
    }),
  );
}
