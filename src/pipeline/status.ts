import type { DocModel } from '../model/index.js';

export type DocumentStatus = 'ok' | 'needs-review' | 'failed';

/**
 * A document's status from its diagnostics: `failed` when it could not be read at all (an error and
 * no content), `needs-review` when anything was an error or a warning, else `ok`.
 */
export function documentStatus(doc: DocModel): DocumentStatus {
  const errors = doc.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length && doc.blocks.length === 0 && doc.tables.length === 0) return 'failed';
  if (errors.length || doc.diagnostics.some((d) => d.severity === 'warning')) return 'needs-review';
  return 'ok';
}
