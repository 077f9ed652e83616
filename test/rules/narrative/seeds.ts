import { Decimal } from 'decimal.js';
import type { Figure } from '../../../src/extract/figure.js';
import type { FactOf, NarrativeFact } from '../../../src/extract/narrative/schema.js';
import type { DocumentRecords } from '../../../src/extract/records.js';
import { recordsOf } from '../../helpers/records.js';

/** The four seed documents (HTML renderings). */
export const SEED_FILES = {
  '000': 'fixtures/seeds/000_4d0b4c40ef830124.html',
  '001': 'fixtures/seeds/001_217e79579315e879.html',
  '002': 'fixtures/seeds/002_3947c5881660c658.html',
  '004': 'fixtures/seeds/004_d487b3c520216221.html',
} as const;
export type SeedId = keyof typeof SEED_FILES;

/** Fresh records of a seed (parsed once per test file, extracted anew per call). */
export const seedRecords = (id: SeedId): Promise<DocumentRecords> => recordsOf(SEED_FILES[id]);

/** Records of a seed with one change: the altered copy a failing (or passing) case needs. */
export const alteredSeed = (id: SeedId, alter: (r: DocumentRecords) => void) => async (): Promise<DocumentRecords> => {
  const r = await seedRecords(id);
  alter(r);
  return r;
};

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
