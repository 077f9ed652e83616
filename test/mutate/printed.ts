/**
 * Numbers as a document prints them: read one, and print another value the way it was printed (the
 * same decimals, thousands separators if it had them), so that a changed figure differs only in
 * what it says.
 */
import { Decimal } from 'decimal.js';

/** A plain printed number: digits, optional thousands separators, optional decimals, optional sign. */
export const NUMBER = /^-?\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?$|^-?\d+(?:\.\d+)?$/;

export interface Printed {
  value: Decimal;
  decimals: number;
  /** The thousands separator it printed, or null. */
  separator: string | null;
}

export function readPrinted(s: string): Printed | null {
  const t = s.trim();
  if (!NUMBER.test(t)) return null;
  const separator = /[,，]/.exec(t)?.[0] ?? null;
  const plain = t.replace(/[,，]/g, '');
  return { value: new Decimal(plain), decimals: plain.includes('.') ? plain.split('.')[1]!.length : 0, separator };
}

/** `value` printed as `like` was: its decimals, and its separator when it used one. */
export function printLike(like: Printed, value: Decimal): string {
  const fixed = value.toFixed(like.decimals);
  if (!like.separator) return fixed;
  const [int, frac] = fixed.split('.');
  const neg = int!.startsWith('-');
  const digits = neg ? int!.slice(1) : int!;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, like.separator);
  return `${neg ? '-' : ''}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}

/** One unit of the last printed digit (0.01 for `1,234.56`). */
export const lastDigit = (p: Printed): Decimal => new Decimal(10).pow(-p.decimals);

/**
 * A changed amount: the value moved by about `share` of itself (at least `floor`), up or down as
 * `up` says, rounded to the printed precision; never below zero (then it moves up), and never a
 * power of ten away (×10 is a unit question, not a changed figure).
 */
export function moved(p: Printed, up: boolean, floor: Decimal, share = 0.12): Decimal {
  const unit = lastDigit(p);
  let d = p.value.abs().times(share).toDecimalPlaces(p.decimals, Decimal.ROUND_HALF_UP);
  if (d.lt(floor)) d = floor.div(unit).ceil().times(unit);
  if (d.lt(unit)) d = unit;
  const down = p.value.minus(d);
  return up || down.lt(0) ? p.value.plus(d) : down;
}
