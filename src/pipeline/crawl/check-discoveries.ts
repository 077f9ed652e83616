import type { Diagnostic } from '../../model/index.js';
import { discoveriesToCheck, recordAgreement } from '../../store/crawl.js';
import type { Db } from '../../store/db.js';
import { checkAgreement } from './agreement.js';

/** A discovery whose document is not what the site says, with the `source-mismatch` diagnostic. */
export interface Mismatch {
  url: string;
  foundOn: string;
  linkText: string;
  diagnostic: Diagnostic;
}

/**
 * Compares every discovery of a crawl whose document is stored (and was not compared in these
 * bytes) with what the document is, and records the verdict. Returns this pass's mismatches.
 */
export function checkDiscoveries(db: Db, crawl: string): { checked: number; mismatches: Mismatch[] } {
  const rows = discoveriesToCheck(db, crawl);
  const mismatches: Mismatch[] = [];
  const verdicts = rows.map((d) => {
    const a = checkAgreement(d);
    for (const diagnostic of a.diagnostics) mismatches.push({ url: d.url, foundOn: d.found_on, linkText: d.link_text, diagnostic });
    return { id: d.id, sha256: d.sha256, agreement: a.agreement, diagnostics: JSON.stringify(a.diagnostics) };
  });
  recordAgreement(db, verdicts, new Date().toISOString());
  return { checked: rows.length, mismatches };
}
