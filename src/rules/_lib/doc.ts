import { Decimal } from 'decimal.js';
import type { Evidence } from '../../classify/classify-document.js';
import type { DocumentRecords, EvidenceRef } from '../../extract/records.js';
import { finding, Tally } from './finding.js';
import { computed } from './interval.js';
import type { RuleMeta } from './types.js';

const ZERO = new Decimal(0);

/** A whole printed block as text evidence. */
export const blockText = (b: DocumentRecords['blocks'][number]): EvidenceRef => ({
  kind: 'text',
  block: b.id,
  start: 0,
  end: b.text.length,
  quote: b.text,
  provenance: b.provenance,
});

/** The printed block an evidence item names, as text evidence. */
export function blockRef(r: DocumentRecords, e: Evidence): EvidenceRef | null {
  const b = e.block ? r.blocks.find((x) => x.id === e.block) : undefined;
  return b ? blockText(b) : null;
}

/**
 * One finding per value that disagrees with the value most of the document gives (the classifier
 * kept that one), citing where each was printed.
 */
export function disagreement(
  meta: RuleMeta,
  r: DocumentRecords,
  kept: string | null,
  found: [string, Evidence][],
  extra: (value: string) => boolean = () => false,
  why: (value: string) => { zh: string; en: string } = () => ({ zh: '', en: '' }),
  data: Record<string, string> = {},
): Tally {
  const t = new Tally(meta);
  for (const [value, e] of found) {
    t.checked++;
    if (value === kept && !extra(value)) continue;
    const side = computed(value, ZERO, ZERO, []);
    const w = why(value);
    const f = finding(meta, side, side, { difference: ZERO, tolerance: ZERO }, { ...data, value, kept: kept ?? '(none)', whyZh: w.zh, whyEn: w.en });
    const ref = blockRef(r, e);
    if (ref) f.evidence.push(ref);
    t.add(f);
  }
  return t;
}
