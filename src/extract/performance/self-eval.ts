import { z } from 'zod';
import type { DocumentClassification } from '../../classify/classify-document.js';
import type { Diagnostic, DocModel } from '../../model/index.js';

/** A 绩效自评表 (整体 `st-dept` or 项目 `st-project`) as records (spec §0.2 ST.*). */
export const SelfEvalTable = z.object({
  table: z.string(),
  tableKind: z.enum(['st-dept', 'st-project']),
});
export type SelfEvalTable = z.infer<typeof SelfEvalTable>;

export function selfEvalRecords(_doc: DocModel, _c: DocumentClassification): { records: SelfEvalTable[]; diagnostics: Diagnostic[] } {
  return { records: [], diagnostics: [] };
}
