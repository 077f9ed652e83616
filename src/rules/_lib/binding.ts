import type { Binding } from '../../extract/records.js';
import type { Severity } from '../../model/index.js';

/**
 * Evidence from text read with a doubt. A narrative fact says whether its subject, figure and unit
 * were bound unambiguously (`binding`); a finding drawn from one that was not is at most a warning and
 * names the doubt in `data.uncertain`, so a reader knows what to look at before believing it.
 */

/** The first doubt among the facts a finding compares, or null when every binding was certain. */
export function doubtOf(...facts: readonly ({ binding: Binding } | null | undefined)[]): string | null {
  for (const f of facts) if (f && !f.binding.certain) return f.binding.why ?? 'the sentence binds its figures ambiguously';
  return null;
}

/** The severity and extra data of a finding drawn with `doubt`: unchanged without one, else at most a warning with the reason. */
export function gated(severity: Severity, doubt: string | null): { severity: Severity; data: Record<string, string> } {
  if (!doubt) return { severity, data: {} };
  return { severity: severity === 'error' ? 'warning' : severity, data: { uncertain: doubt } };
}
