import { z } from 'zod';
import type { DocumentClassification } from '../../classify/classify-document.js';
import type { Diagnostic, DocModel } from '../../model/index.js';

/** A fact stated in running text (spec §0.2 N.*). */
export const NarrativeFact = z.object({
  kind: z.string(),
});
export type NarrativeFact = z.infer<typeof NarrativeFact>;

export function narrativeFacts(_doc: DocModel, _c: DocumentClassification): { facts: NarrativeFact[]; diagnostics: Diagnostic[] } {
  return { facts: [], diagnostics: [] };
}
