import type { Diagnostic, DocModel } from '../../model/index.js';

/**
 * How far a finding may be trusted, from what the parser said about the text it came from. A rule
 * recomputes figures; when those figures came from OCR, from a page whose font decoded wrongly, or
 * from a file read only in part, a difference is as likely the reader's as the publisher's, so it
 * is never more than a warning ("never a false finding from a file it could not read").
 *
 * - Page-level: pages with `ocr-text` (text from OCR). A finding with evidence on such a page is
 *   capped at warning (the check engine applies the cap: rules/engine.ts `capFinding`).
 * - Document-level: any error diagnostic of the source, detect or parse stage (the document was not
 *   read whole), or a warning that says content was lost or cut (`DOC_DEGRADED`). Every finding of
 *   the document is capped at warning.
 */
export const PAGE_DEGRADED = new Set(['ocr-text']);
/**
 * A damaged font is shared by every page that uses it, and replaced bytes can sit anywhere: the whole
 * document. A spreadsheet's formula without a stored result, or a number format that could not be
 * applied, leaves a figure whose printed text is not known: a total compared with it proves nothing.
 */
export const DOC_DEGRADED = new Set([
  'pdf-suspect-text',
  'encoding-invalid-bytes',
  'pdf-truncated',
  'pdf-page-unreadable',
  'table-truncated',
  'table-spans-ignored',
  'formula-without-value',
  'number-format-unread',
  'markup-nesting-too-deep',
  'table-nesting-too-deep',
  'ocr-failed',
]);

export interface Trust {
  /** PDF pages whose text is not the document's own (OCR). */
  degradedPages: Set<number>;
  /** The reason every finding of the document is capped, or null. */
  documentCap: Diagnostic | null;
}

export function trustOf(doc: Pick<DocModel, 'diagnostics'>): Trust {
  const degradedPages = new Set<number>();
  let documentCap: Diagnostic | null = null;
  for (const d of doc.diagnostics) {
    if (PAGE_DEGRADED.has(d.code) && d.provenance?.kind === 'pdf') degradedPages.add(d.provenance.page);
    if (!documentCap && (DOC_DEGRADED.has(d.code) || (d.severity === 'error' && ['source', 'detect', 'parse'].includes(d.stage)))) documentCap = d;
  }
  return { degradedPages, documentCap };
}
