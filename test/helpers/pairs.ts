import { Decimal } from 'decimal.js';
import { statedAmounts, type StatedAmount } from '../../src/extract/stated-amounts.js';
import type { DocumentPair, PairDocument, PairKind } from '../../src/rules/_lib/cross.js';
import { recordsOf } from './records.js';

/**
 * Documents for the cross-document rules' cases: a real document's stated amounts as the store keeps
 * them, or an altered copy (another year, figures reprinted) standing in for a document of the same
 * body the fixtures lack.
 */
export const WANLI_2024 = 'fixtures/real/上海市普陀区人民政府万里街道办事处24年预算.pdf';
export const WANLI_2025 = 'fixtures/real/上海市普陀区人民政府万里街道办事处25年预算.pdf';
export const CZJ_2024_FA = 'fixtures/real/上海市普陀区财政局2024年度部门决算.pdf';
export const CZJ_2025_BU = 'fixtures/real/上海市普陀区财政局部门25年预算.pdf';

let next = 1;

export async function pairDocument(rel: string, o: { year?: number; alter?: (s: StatedAmount[]) => StatedAmount[] } = {}): Promise<PairDocument> {
  const r = await recordsOf(rel);
  const d = r.document;
  let stated = statedAmounts(r);
  const year = o.year ?? d.year!;
  // A copy standing in for another year: its own figures are that year's, and what it restates moves with it.
  if (year !== d.year) stated = stated.map((s) => ({ ...s, year: s.year + (year - d.year!) }));
  if (o.alter) stated = o.alter(stated);
  return {
    id: next++,
    sha256: d.id,
    kind: d.kind as PairKind,
    year,
    level: d.level,
    label: `${year} ${d.kind} (${rel.split('/').pop()}${year !== d.year ? `, as ${year}` : ''})`,
    stated,
  };
}

export const pairOf = async (subject: Promise<PairDocument>, reference: Promise<PairDocument>): Promise<DocumentPair> => ({
  subject: await subject,
  reference: await reference,
});

/** Sets the figure of every stated amount `pick` selects to `value` (as printed with 2 decimals). */
export const reprinted =
  (pick: (s: StatedAmount) => boolean, value: string) =>
  (stated: StatedAmount[]): StatedAmount[] =>
    stated.map((s) => (pick(s) ? { ...s, figure: { ...s.figure, value: new Decimal(value), printed: value } } : s));
