import type { Diagnostic, DocModel } from '../model/index.js';
import { DOC_DEGRADED, PAGE_DEGRADED } from '../parse/ocr/trust.js';

/**
 * How well a document was read, apart from what the checks found in it:
 * - `read`: all of it was read;
 * - `partial`: read in part — pages that need OCR or whose font has no Unicode map, a file cut short,
 *   a table cut at a limit, text from OCR, a part extraction could not turn into records, a defect of
 *   ours after parsing: its findings are incomplete (and capped at warning, `rules/engine.ts`);
 * - `unreadable`: nothing was read (empty, encrypted, corrupt, not a disclosure format, over a limit,
 *   scanned with no OCR, stopped): it was not checked at all.
 * A document with no findings is clean only when it was `read`.
 */
export type Reading = 'read' | 'partial' | 'unreadable';
export const READINGS: readonly Reading[] = ['read', 'partial', 'unreadable'];

/** The words a person reads, in English and Chinese. */
export const READING_WORDS: Record<Reading, { en: string; zh: string }> = {
  read: { en: 'read', zh: '已读取' },
  partial: { en: 'read in part', zh: '部分读取' },
  unreadable: { en: 'unreadable', zh: '无法读取' },
};

export interface ReadingStatus {
  reading: Reading;
  /** The diagnostics that say why it is not `read`, most telling first (empty when read). */
  reasons: Diagnostic[];
}

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

/** The distinct codes of the reasons, in order (`pdf-encrypted`, `needs-ocr`, …). */
export const reasonCodes = (s: ReadingStatus): string[] => [...new Set(s.reasons.map((d) => d.code))];

/** The reading and its reason codes: `read in part (needs-ocr, pdf-truncated)`. */
export const readingShort = (s: ReadingStatus): string => `${READING_WORDS[s.reading].en}${s.reasons.length ? ` (${reasonCodes(s).join(', ')})` : ''}`;

/** One line: the reading and why (`unreadable: pdf-encrypted: the PDF is password-protected …`). */
export function readingLine(s: ReadingStatus): string {
  const first = s.reasons[0];
  return first
    ? `${READING_WORDS[s.reading].en} — ${first.code}: ${first.message}${s.reasons.length > 1 ? ` (and ${reasonCodes(s).slice(1).join(', ') || `${s.reasons.length - 1} more`})` : ''}`
    : READING_WORDS[s.reading].en;
}

/**
 * The store's older status words, kept for the rows' `status` column and the batch's counts:
 * `failed` is unreadable, `needs-review` read in part, `ok` read (whatever was found).
 */
export type DocumentStatus = 'ok' | 'needs-review' | 'failed';

export const statusOfReading = (r: Reading): DocumentStatus => (r === 'unreadable' ? 'failed' : r === 'partial' ? 'needs-review' : 'ok');
export const readingOfStatus = (s: DocumentStatus): Reading => (s === 'failed' ? 'unreadable' : s === 'needs-review' ? 'partial' : 'read');

/** A document's status from its own diagnostics (the parse alone): see readingOf. */
export function documentStatus(doc: DocModel): DocumentStatus {
  return statusOfReading(readingOf(doc).reading);
}
