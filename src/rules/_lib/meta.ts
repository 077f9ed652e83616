import { CATALOGUE } from './catalogue.js';
import type { RuleMeta } from './types.js';

/** What a rule file states of itself: its id and its words. */
export type RuleText = Omit<RuleMeta, 'family' | 'severity' | 'appliesTo'>;

const BY_ID = new Map(CATALOGUE.map((e) => [e.id, e]));

/**
 * A rule's meta: its own words, with the family, severity and documents it applies to taken from
 * the catalogue entry of its id, so that those are stated once (`catalogue.ts`).
 */
export function ruleMeta(text: RuleText): RuleMeta {
  const entry = BY_ID.get(text.id);
  // A defect of ours, not bad input: the registry meta-test loads every rule.
  if (!entry) throw new Error(`rule ${text.id} has no entry in rules/_lib/catalogue.ts`);
  return {
    id: text.id,
    family: entry.family,
    description: text.description,
    severity: entry.severity,
    appliesTo: entry.appliesTo,
    messages: text.messages,
    ...(text.judgement === undefined ? {} : { judgement: text.judgement }),
  };
}
