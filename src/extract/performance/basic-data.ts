import { z } from 'zod';
import type { DocumentClassification } from '../../classify/classify-document.js';
import type { Diagnostic, DocModel } from '../../model/index.js';

/** A 部门整体支出绩效评价基础数据表 as records (spec §0.2 BD.*). */
export const BasicDataTable = z.object({
  table: z.string(),
});
export type BasicDataTable = z.infer<typeof BasicDataTable>;

export function basicDataRecords(_doc: DocModel, _c: DocumentClassification): { records: BasicDataTable[]; diagnostics: Diagnostic[] } {
  return { records: [], diagnostics: [] };
}
