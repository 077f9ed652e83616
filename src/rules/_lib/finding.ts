import { Decimal } from 'decimal.js';
import type { Severity } from '../../model/index.js';
import type { Comparison } from './interval.js';
import { fmt } from './interval.js';
import type { Finding, Outcome, Residual, RuleMeta, RuleResult, Side } from './types.js';

/** Fills `{name}` placeholders from data; a placeholder without a value is our defect, not the document's. */
export function fill(template: string, data: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = data[k];
    if (v === undefined) throw new Error(`message template needs "${k}"`);
    return v;
  });
}

/**
 * A finding of `meta`'s rule. `data` fills the templates; `left`, `right`, `difference` and
 * `tolerance` are always given too (as `{left}`, `{right}`, `{difference}`, `{tolerance}`).
 */
export function finding(
  meta: RuleMeta,
  left: Side,
  right: Side,
  cmp: Pick<Comparison, 'difference' | 'tolerance'>,
  data: Record<string, string> = {},
  opts: { severity?: Severity; diagnostic?: string } = {},
): Finding {
  const all = {
    left: fmt(left.value),
    right: fmt(right.value),
    difference: fmt(cmp.difference),
    tolerance: fmt(cmp.tolerance),
    leftLabel: left.label,
    rightLabel: right.label,
    ...data,
  };
  return {
    rule: meta.id,
    severity: opts.severity ?? meta.severity,
    message: { zh: fill(meta.messages.zh, all), en: fill(meta.messages.en, all) },
    left,
    right,
    difference: cmp.difference,
    tolerance: cmp.tolerance,
    ...(opts.diagnostic ? { diagnostic: opts.diagnostic } : {}),
    data: all,
    evidence: [...left.operands, ...right.operands].map((o) => o.figure.evidence),
  };
}

export const residual = (meta: RuleMeta, table: string, left: Side, right: Side, cmp: Comparison): Residual => ({
  rule: meta.id,
  table,
  left,
  right,
  difference: cmp.difference,
  tolerance: cmp.tolerance,
});

/**
 * Collects a rule's checks and turns them into its result: `fail` when any finding at the rule's
 * own severity or above was made, `pass` when at least one instance was checked, else the outcome
 * given for "nothing to check".
 */
export class Tally {
  readonly findings: Finding[] = [];
  readonly residuals: Residual[] = [];
  checked = 0;
  constructor(readonly meta: RuleMeta) {}

  /**
   * Records one comparison: a difference beyond rounding is a finding (at the rule's severity unless
   * given), one inside it a residual for the table, equality nothing.
   */
  compare(
    table: string,
    left: Side,
    right: Side,
    cmp: Comparison,
    data: Record<string, string> = {},
    opts: { severity?: Severity; diagnostic?: string } = {},
  ): void {
    this.checked++;
    if (cmp.agreement === 'differs') this.findings.push(finding(this.meta, left, right, cmp, data, opts));
    else if (cmp.agreement === 'within-rounding') this.residuals.push(residual(this.meta, table, left, right, cmp));
  }

  add(f: Finding): void {
    this.findings.push(f);
  }

  result(nothing: { outcome: Exclude<Outcome, 'pass' | 'fail'>; reason: string }): RuleResult {
    if (this.checked === 0 && this.findings.length === 0) return { outcome: nothing.outcome, findings: [], residuals: [], checked: 0, reason: nothing.reason };
    const failing = this.findings.some((f) => f.severity !== 'info');
    return { outcome: failing ? 'fail' : 'pass', findings: this.findings, residuals: this.residuals, checked: this.checked };
  }
}

export const notApplicable = (reason: string): RuleResult => ({ outcome: 'not-applicable', findings: [], residuals: [], checked: 0, reason });
export const insufficient = (reason: string): RuleResult => ({ outcome: 'insufficient-data', findings: [], residuals: [], checked: 0, reason });
export const ZERO = new Decimal(0);
