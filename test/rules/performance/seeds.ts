import { Decimal } from 'decimal.js';
import { extractRecords } from '../../../src/extract/index.js';
import { halfUnitOf, type Slot } from '../../../src/extract/figure.js';
import type { DocumentRecords } from '../../../src/extract/records.js';
import { parseFixture } from '../../helpers/fixtures.js';
import { alteredSeed, SEED_FILES, type SeedId, seedRecords } from '../../helpers/records.js';

export { SEED_FILES, type SeedId } from '../../helpers/records.js';

/** Fresh records of a seed (parsed once per test file, extracted anew per call, so a case may alter them). */
export const seed = seedRecords;

/** The same seed rebuilt as DOCX or PDF (parsed on every call: used once per test). */
export async function seedAs(id: SeedId, ext: 'docx' | 'pdf'): Promise<DocumentRecords> {
  return extractRecords(await parseFixture(SEED_FILES[id].replace(/\.html$/, `.${ext}`)));
}

/** A copy of a slot holding `value` instead, printed as given, with the same evidence (a "typo" injected into a seed). */
export function withValue(slot: Slot, value: string, unit: string | null = null): Slot {
  const evidence = slot.state === 'number' ? slot.figure.evidence : slot.evidence;
  const decimals = value.includes('.') ? value.split('.')[1]!.length : 0;
  const u = slot.state === 'number' ? slot.figure.unit : unit;
  return { state: 'number', figure: { value: new Decimal(value), halfUnit: halfUnitOf(decimals), decimals, printed: value, unit: u, evidence } };
}

/** Records of a seed with `edit` applied. */
export const edited = alteredSeed;
