import type { Diagnostic, DocModel } from '../model/index.js';
import { statusOfReading, type DocumentStatus, type ReadingStatus } from '../model/reading.js';
import { DOC_DEGRADED, PAGE_DEGRADED } from '../parse/ocr/trust.js';

export {
  READINGS,
  READING_WORDS,
  readingLine,
  readingOfStatus,
  readingShort,
  reasonCodes,
  statusOfReading,
  type DocumentStatus,
  type Reading,
  type ReadingStatus,
} from '../model/reading.js';

/** Warnings that say content was lost or not read as text, besides those that cap findings (`parse/ocr/trust.ts`). */
const LOST = new Set([
  'needs-ocr',
  'pdf-garbled-text',
  'ocr-failed',
  'ocr-limit',
  'ocr-unavailable',
  'pdf-page-unreadable',
  'docx-converter-error',
  'no-content',
]);
const READING_STAGES = new Set(['source', 'detect', 'parse', 'extract']);

const lowersReading = (d: Diagnostic): boolean =>
  d.code === 'internal-error' ||
  DOC_DEGRADED.has(d.code) ||
  PAGE_DEGRADED.has(d.code) ||
  LOST.has(d.code) ||
  (d.severity === 'error' && READING_STAGES.has(d.stage));

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** Text somewhere: a block that prints something, or a table cell that does (an empty table frame is not content). */
const hasContent = (doc: Pick<DocModel, 'blocks' | 'tables'>): boolean =>
  doc.blocks.some((b) => b.text.trim() !== '') || doc.tables.some((t) => t.cells.some((c) => c.kind === 'cell' && c.raw.trim() !== ''));

/**
 * How well the document was read, from its content and every diagnostic of it (parse's, extract's
 * and ours). A document with no text and no tables was not read, whatever the reason; one with
 * content and a diagnostic that says part of it was lost was read in part. Content is text: a
 * table frame with every cell empty is none.
 */
export function readingOf(doc: Pick<DocModel, 'blocks' | 'tables' | 'diagnostics'>, diagnostics: readonly Diagnostic[] = doc.diagnostics): ReadingStatus {
  const reasons = diagnostics
    .filter(lowersReading)
    .sort((a, b) => Number(b.code === 'internal-error') - Number(a.code === 'internal-error') || RANK[a.severity] - RANK[b.severity]);
  // A ZIP bundle's content is its members, each a document of its own: listed and not refused, it was read.
  if (diagnostics.some((d) => d.code === 'bundle') && !diagnostics.some((d) => d.severity === 'error'))
    return reasons.length ? { reading: 'partial', reasons } : { reading: 'read', reasons: [] };
  if (!hasContent(doc)) {
    const why = reasons.length ? reasons : diagnostics.filter((d) => d.severity !== 'info');
    return {
      reading: 'unreadable',
      reasons: why.length
        ? why
        : [
            {
              code: 'no-content',
              severity: 'warning',
              stage: 'parse',
              message: 'no text was read from it: no paragraph and no table cell with text',
              provenance: { kind: 'file' },
            },
          ],
    };
  }
  return reasons.length ? { reading: 'partial', reasons } : { reading: 'read', reasons: [] };
}

/** A document's status from its own diagnostics (the parse alone): see readingOf. */
export function documentStatus(doc: DocModel): DocumentStatus {
  return statusOfReading(readingOf(doc).reading);
}
