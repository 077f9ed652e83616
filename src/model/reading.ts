import type { Diagnostic } from './diagnostic.js';

/**
 * How well a document was read, apart from what the checks found in it:
 * - `read`: all of it was read;
 * - `partial`: read in part — pages that need OCR or whose font has no Unicode map, a file cut short,
 *   a table cut at a limit, text from OCR, a part extraction could not turn into records, a defect of
 *   ours after parsing: its findings are incomplete (and capped at warning, `rules/engine.ts`);
 * - `unreadable`: nothing was read (empty, encrypted, corrupt, not a disclosure format, over a limit,
 *   scanned with no OCR, stopped): it was not checked at all.
 * A document with no findings is clean only when it was `read`. The pipeline judges it (`pipeline/status.ts`).
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
