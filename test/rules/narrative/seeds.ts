import { Decimal } from 'decimal.js';
import type { Figure } from '../../../src/extract/figure.js';
import type { FactOf, NarrativeFact } from '../../../src/extract/narrative/schema.js';
import type { DocumentRecords } from '../../../src/extract/records.js';

export { alteredSeed, SEED_FILES, type SeedId, seedRecords } from '../../helpers/records.js';

/** The one fact of `kind` that `pred` picks; throws when there is none, so a case cannot silently test nothing. */
export function fact<K extends NarrativeFact['kind']>(r: DocumentRecords, kind: K, pred: (f: FactOf<K>) => boolean): FactOf<K> {
  const f = r.narrative.find((x): x is FactOf<K> => x.kind === kind && pred(x as FactOf<K>));
  if (!f) throw new Error(`no ${kind} fact matches`);
  return f;
}

/** Reprints a narrative number as another value (every fact holding that printed number sees it). */
export function reprintFigure(f: Figure | null | undefined, value: string): void {
  if (!f) throw new Error('reprintFigure: no figure');
  f.value = new Decimal(value);
}

/** The amount fact printed in `block` with `value`. */
export const amountIn = (r: DocumentRecords, block: string, value: string) => fact(r, 'amount', (a) => a.ref.block === block && a.figure.value.eq(value));
