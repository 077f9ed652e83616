import { Decimal } from 'decimal.js';

/**
 * Numbers as a person reads them: a finding's values and difference at the precision its numbers
 * were printed with, plus one digit (a difference inside the last printed digit still shows), with
 * no trailing zeros. `71.6538834735673567542` beside a printed `71.73%` reads `71.654`. JSON, CSV
 * files and the store keep the exact values.
 */

/** Places a figure was printed with, from its half unit (0.005 → 2; 0.00005 万元 from whole 元 → 4). */
export function placesOf(halfUnit: Decimal.Value): number | null {
  const h = new Decimal(halfUnit);
  if (!h.isFinite() || h.lte(0)) return null;
  return Math.max(0, Math.ceil(-Math.log10(h.times(2).toNumber()) - 1e-9));
}

/** One more place than the finest of the operands (their half units), or `fallback` when none says. */
export function displayPlaces(halfUnits: readonly (Decimal.Value | null | undefined)[], fallback = 4): number {
  const places = halfUnits.flatMap((h) => (h === null || h === undefined ? [] : [placesOf(h)])).filter((p): p is number => p !== null);
  return places.length ? Math.max(...places) + 1 : fallback;
}

/** A decimal string at `places` (half up), trailing zeros dropped; text that is not a number stays as it is. */
export function atPlaces(value: string, places: number): string {
  let d: Decimal;
  try {
    d = new Decimal(value);
  } catch {
    return value;
  }
  if (!d.isFinite()) return value;
  const s = d.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed();
  return s === '-0' ? '0' : s;
}

/** The half units in a stored side's operands JSON (`[{ halfUnit: "0.005", … }]`). */
export function halfUnitsOf(operandsJson: string | null | undefined): string[] {
  if (!operandsJson) return [];
  try {
    const list = JSON.parse(operandsJson) as unknown;
    return Array.isArray(list)
      ? list.flatMap((o) =>
          o && typeof o === 'object' && typeof (o as { halfUnit?: unknown }).halfUnit === 'string' ? [(o as { halfUnit: string }).halfUnit] : [],
        )
      : [];
  } catch {
    return [];
  }
}
