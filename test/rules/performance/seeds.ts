import { Decimal } from 'decimal.js';
import { extractRecords } from '../../../src/extract/index.js';
import { halfUnitOf, type Slot } from '../../../src/extract/figure.js';
import type { DocumentRecords } from '../../../src/extract/records.js';
import type { DocModel } from '../../../src/model/index.js';
import { parseFixture } from '../../helpers/fixtures.js';

/** The four seeds, parsed once per test process; records are extracted afresh on every call, so a case may alter them. */
export const SEED_FILES = {
  '000': 'fixtures/seeds/000_4d0b4c40ef830124.html',
  '001': 'fixtures/seeds/001_217e79579315e879.html',
  '002': 'fixtures/seeds/002_3947c5881660c658.html',
  '004': 'fixtures/seeds/004_d487b3c520216221.html',
} as const;
export type SeedId = keyof typeof SEED_FILES;

const docs = new Map<SeedId, Promise<DocModel>>();

export async function seed(id: SeedId): Promise<DocumentRecords> {
  if (!docs.has(id)) docs.set(id, parseFixture(SEED_FILES[id]));
  return extractRecords(await docs.get(id)!);
}

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
export const edited = (id: SeedId, edit: (r: DocumentRecords) => void) => async (): Promise<DocumentRecords> => {
  const r = await seed(id);
  edit(r);
  return r;
};
