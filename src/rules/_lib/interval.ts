import { Decimal } from 'decimal.js';
import type { Figure } from '../../extract/figure.js';
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

/**
 * A stated percentage p against q = 100·a/b (T-PCT): pass when |q − p| ≤ half a unit of p's last
 * digit plus the rounding a and b carry into q.
 */
export function comparePercent(stated: Figure, numerator: Operand, denominator: Operand): Comparison & { computed: Decimal; truncationMatch: boolean } {
  const a = numerator.figure;
  const b = denominator.figure;
  if (b.value.isZero()) throw new Error('comparePercent: zero denominator (check zero-base first)');
  const q = a.value.div(b.value).times(100);
  const inputs = a.value.isZero() ? ZERO : q.abs().times(a.halfUnit.div(a.value.abs()).plus(b.halfUnit.div(b.value.abs())));
  const tolerance = stated.halfUnit.plus(inputs);
  const difference = stated.value.minus(q);
  const factor = new Decimal(10).pow(stated.decimals);
  const truncationMatch = q.times(factor).trunc().div(factor).eq(stated.value);
  if (difference.isZero()) return { agreement: 'equal', difference, tolerance, computed: q, truncationMatch };
  return { agreement: difference.abs().lte(tolerance) ? 'within-rounding' : 'differs', difference, tolerance, computed: q, truncationMatch };
}

/** A Decimal printed for a message: no exponent, trailing zeros dropped. */
export const fmt = (d: Decimal, places = 4): string => d.toDecimalPlaces(places).toFixed();
