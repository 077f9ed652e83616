import { Decimal } from 'decimal.js';
import type { Figure } from '../../extract/records.js';
import type { Operand, Side } from './types.js';

/**
 * Tolerance from printed precision, one mechanism for every rule (spec §0.3, as XBRL calculation 1.1
 * does it): a printed number is the interval [value − halfUnit, value + halfUnit]; a sum's interval is
 * the sum of its parts' intervals; two sides agree within rounding when their intervals meet.
 */

const ZERO = new Decimal(0);

/** A side made of one printed number. */
export function single(label: string, figure: Figure): Side {
  return { label, value: figure.value, low: figure.value.minus(figure.halfUnit), high: figure.value.plus(figure.halfUnit), operands: [{ label, figure }] };
}

/** A side that is the sum of printed numbers (signs: +1 adds, −1 subtracts). */
export function sum(label: string, parts: readonly (Operand & { sign?: 1 | -1 })[]): Side {
  let value = ZERO;
  let slack = ZERO;
  for (const p of parts) {
    value = p.sign === -1 ? value.minus(p.figure.value) : value.plus(p.figure.value);
    slack = slack.plus(p.figure.halfUnit);
  }
  return { label, value, low: value.minus(slack), high: value.plus(slack), operands: parts.map(({ label: l, figure }) => ({ label: l, figure })) };
}

/** A side that is a computed value with its own envelope (a ratio, a recomputed percent). */
export function computed(label: string, value: Decimal, slack: Decimal, operands: Operand[]): Side {
  return { label, value, low: value.minus(slack), high: value.plus(slack), operands };
}

export type Agreement = 'equal' | 'within-rounding' | 'differs';

export interface Comparison {
  agreement: Agreement;
  difference: Decimal;
  /** The slack the envelopes allow: half the width of both together. */
  tolerance: Decimal;
}

/**
 * Compares two sides. `exact` (one underlying number printed twice: a parent with a single child, the
 * same quantity in two tables) allows no slack.
 */
export function compare(left: Side, right: Side, opts: { exact?: boolean } = {}): Comparison {
  const difference = left.value.minus(right.value);
  const tolerance = opts.exact ? ZERO : left.high.minus(left.value).plus(right.high.minus(right.value));
  if (difference.isZero()) return { agreement: 'equal', difference, tolerance };
  return { agreement: difference.abs().lte(tolerance) ? 'within-rounding' : 'differs', difference, tolerance };
}

/** Whether left ≤ right once rounding is allowed for (a part never exceeds its whole). */
export function atMost(left: Side, right: Side): Comparison {
  const difference = left.value.minus(right.value);
  const tolerance = left.high.minus(left.value).plus(right.high.minus(right.value));
  if (difference.lte(0)) return { agreement: 'equal', difference, tolerance };
  return { agreement: difference.lte(tolerance) ? 'within-rounding' : 'differs', difference, tolerance };
}

/** A percentage comparison: the computed q, and whether the stated value is q truncated rather than rounded. */
export interface PercentComparison extends Comparison {
  computed: Decimal;
  /**
   * The stated value differs from q beyond rounding but is its truncation (杭州 2026: 2,906.80/5,876.67 =
   * 49.463% printed 49.4%): it passes, with an info (T-PCT). With the inputs' own rounding δ, p is the
   * truncation of some q' in [q − δ, q + δ].
   */
  truncationMatch: boolean;
}

/**
 * T-PCT (spec §0.3): a stated percentage p (d decimals) against q = 100·a/b passes when
 * |q − p| ≤ 0.5·10^(−d) + δ, δ = |q|·(u_a/|a| + u_b/|b|) the rounding the inputs carry into q; a value
 * that equals the truncation of q also passes, with an info (`truncationMatch`).
 */
export function comparePercent(stated: Figure, numerator: Operand, denominator: Operand): PercentComparison {
  const a = numerator.figure;
  const b = denominator.figure;
  if (b.value.isZero()) throw new Error('comparePercent: zero denominator (check zero-base first)');
  const q = a.value.div(b.value).times(100);
  const inputs = a.value.isZero() ? ZERO : q.abs().times(a.halfUnit.div(a.value.abs()).plus(b.halfUnit.div(b.value.abs())));
  return percentAgainst(stated, q, inputs);
}

/** T-PCT for a computed percentage q whose inputs carry `inputs` of rounding (a ratio of differences, a rate of a derived base). */
export function percentAgainst(stated: Figure, q: Decimal, inputs: Decimal): PercentComparison {
  const tolerance = stated.halfUnit.plus(inputs);
  const difference = stated.value.minus(q);
  const unit = stated.halfUnit.times(2);
  // Truncation toward zero: p ≤ q' < p + unit for q' ≥ 0 (p − unit < q' ≤ p below zero), some q' within q ± inputs.
  const truncationMatch = q.gte(0)
    ? stated.value.lte(q.plus(inputs)) && stated.value.plus(unit).gt(q.minus(inputs))
    : stated.value.gte(q.minus(inputs)) && stated.value.minus(unit).lt(q.plus(inputs));
  if (difference.isZero()) return { agreement: 'equal', difference, tolerance, computed: q, truncationMatch };
  return { agreement: difference.abs().lte(tolerance) ? 'within-rounding' : 'differs', difference, tolerance, computed: q, truncationMatch };
}

/** A Decimal printed for a message: no exponent, trailing zeros dropped. */
export const fmt = (d: Decimal, places = 4): string => d.toDecimalPlaces(places).toFixed();
