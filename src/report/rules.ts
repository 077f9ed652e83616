import { CATALOGUE, type CatalogueEntry } from '../rules/_lib/catalogue.js';
import type { RuleMeta } from '../rules/_lib/types.js';
import { RESIDUAL_MESSAGES } from '../rules/engine.js';
import { RULES } from '../rules/index.js';
import { CROSS_RULES } from '../rules/_registry/cross.js';

/** One rule as `gongkai rules` shows it: the catalogue's statement, and the rule's own words where it is implemented. */
export interface RuleEntry extends CatalogueEntry {
  implemented: boolean;
  /** The rule's one-line description (English, with the document's terms). */
  description: string | null;
  /** What a finding of it says, in Chinese and English (`{name}` is filled from the finding). */
  messages: { zh: string; en: string } | null;
  /** Why a registered rule is not implemented: it needs judgement. */
  judgement?: string;
}

/** Every rule of the catalogue, in its order, with its own words where a rule file implements it (what `gongkai rules` shows, and `--json` prints). */
export function ruleEntries(): RuleEntry[] {
  const metas = new Map<string, RuleMeta>([...RULES, ...CROSS_RULES].map((r) => [r.meta.id, r.meta]));
  return CATALOGUE.map((c) => {
    if (c.id === 'rounding-residual')
      return {
        ...c,
        implemented: true,
        description: 'made by the check engine from every rule’s differences inside the rounding envelope, one per table',
        messages: RESIDUAL_MESSAGES,
      };
    const m = metas.get(c.id);
    return {
      ...c,
      implemented: m !== undefined && m.judgement === undefined,
      ...(m?.judgement ? { judgement: m.judgement } : {}),
      description: m?.description ?? null,
      messages: m?.messages ?? null,
    };
  });
}
