import { z } from 'zod';
import type { DocumentClassification } from '../../classify/classify-document.js';
import type { Diagnostic, DocModel } from '../../model/index.js';

/** A 共性指标框架 as an indicator tree (spec §0.2 FW.*). */
export const FrameworkTable = z.object({
  table: z.string(),
});
export type FrameworkTable = z.infer<typeof FrameworkTable>;

export function frameworkRecords(_doc: DocModel, _c: DocumentClassification): { records: FrameworkTable[]; diagnostics: Diagnostic[] } {
  return { records: [], diagnostics: [] };
}
