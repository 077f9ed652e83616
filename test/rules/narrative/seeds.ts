import { Decimal } from 'decimal.js';
import type { Figure } from '../../../src/extract/figure.js';
import type { FactOf, NarrativeFact } from '../../../src/extract/narrative/schema.js';
import type { DocumentRecords } from '../../../src/extract/records.js';
import { extractRecords } from '../../../src/extract/index.js';
import type { DocModel } from '../../../src/model/index.js';
import { parseFixture } from '../../helpers/fixtures.js';

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

const models = new Map<string, Promise<DocModel>>();

/**
 * Records of a real document (fixtures/real/…) as printed, or with sentences rewritten: each edit replaces
 * `from` with `to` in the one block that prints it (a case made from a real sentence, altered only where a
 * failing case needs it). Throws when `from` is printed in no block or in several.
 */
export const realText =
  (file: string, ...edits: [from: string, to: string][]) =>
  async (): Promise<DocumentRecords> => {
    const rel = `fixtures/real/${file}`;
    if (!models.has(rel)) models.set(rel, parseFixture(rel));
    const doc = structuredClone(await models.get(rel)!);
    for (const [from, to] of edits) {
      const hits = doc.blocks.filter((b) => b.text.includes(from));
      if (hits.length !== 1) throw new Error(`realText: "${from}" is printed in ${hits.length} blocks of ${file}`);
      hits[0]!.text = hits[0]!.text.replace(from, to);
    }
    return extractRecords(doc);
  };
