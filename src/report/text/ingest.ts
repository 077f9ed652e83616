import type { BatchEvent, BatchSummary } from '../../pipeline/batch.js';
import type { Ingested } from '../../pipeline/ingest.js';
import { READING_WORDS, readingOfStatus, statusOfReading, type Reading } from '../../pipeline/status.js';
import { truncate } from '../text-width.js';
import { foundText } from './check.js';

const secs = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

const READINGS: readonly Reading[] = ['read', 'partial', 'unreadable'];

/** Documents of the batch by how well they were read. */
export const readingCounts = (s: BatchSummary): Record<Reading, number> =>
  Object.fromEntries(READINGS.map((r) => [r, s.status[statusOfReading(r)]])) as Record<Reading, number>;

/** What a batch did as JSON (`--json`): the summary, its documents by how well they were read, the files skipped as not disclosures, the store. */
export const summaryJson = (i: Ingested, db: string): string =>
  JSON.stringify({ ...i.summary, reading: readingCounts(i.summary), notDisclosures: i.notDisclosures, db }, null, 2) + '\n';

/** What a batch did: a files line, how well its documents were read, what was found in them, the store. */
export function summaryText(s: BatchSummary, db: string, notDisclosures: readonly string[] = []): string {
  const rate = s.processed ? ` (${((s.processed * 1000) / s.ms).toFixed(2)} documents/s)` : '';
  const reading = readingCounts(s);
  const lines = [
    `${s.files} files, ${s.documents} documents: ${s.processed} processed, ${s.skipped} already stored${s.unreadable ? `, ${s.unreadable} unreadable` : ''} in ${secs(s.ms)}${rate}`,
  ];
  if (notDisclosures.length)
    lines.push(
      `skipped ${notDisclosures.length} file${notDisclosures.length === 1 ? ' that is not a disclosure' : 's that are not disclosures'}: ${truncate(notDisclosures.join(', '), 200)}`,
    );
  lines.push(
    `reading: ${READINGS.map((r) => `${reading[r]} ${READING_WORDS[r].en}`).join(', ')}`,
    `found: ${foundText(s.findings)}${reading.partial ? ' (in documents read in part, only in the part read)' : ''}${reading.unreadable ? `; ${reading.unreadable} unreadable document${reading.unreadable === 1 ? ' was' : 's were'} not checked` : ''}`,
    ...('error' in s.cross
      ? [s.cross.error]
      : s.cross.pairs
        ? [
            `across documents: ${s.cross.pairs} pair checks, ${s.cross.compared} with figures to compare, ${s.cross.findings} findings (gongkai check --cross lists them)`,
          ]
        : []),
    `store: ${db} (engine ${s.engineVersion}, run ${s.runId})`,
  );
  return lines.join('\n');
}

/** The time left, from the time taken so far: `ETA 12s`, `ETA 3m05s`, or `done`. */
function eta(e: BatchEvent, elapsedMs: number): string {
  if (e.done >= e.total) return 'done';
  const left = ((elapsedMs / e.done) * (e.total - e.done)) / 1000;
  return `ETA ${left < 60 ? `${Math.ceil(left)}s` : `${Math.floor(left / 60)}m${String(Math.ceil(left % 60)).padStart(2, '0')}s`}`;
}

/** One document of a batch as a line of its own (a pipe, a log file): its place, how well it was read, the file, its time and findings, why it was not read wholly. */
export function documentLine(e: BatchEvent): string {
  const reading = readingOfStatus(e.status);
  const width = String(e.total).length;
  const what =
    e.action === 'processed'
      ? `${secs(e.ms)}${reading === 'unreadable' ? '' : `, ${e.findings} findings`}`
      : e.action === 'stored'
        ? 'already stored'
        : 'no bytes';
  return `[${String(e.done).padStart(width)}/${e.total}] ${READING_WORDS[reading].en.padEnd(12)} ${e.file} (${what})${reading !== 'read' && e.reason ? ` — ${e.reason.split('\n')[0]}` : ''}`;
}

/**
 * A batch's progress on a terminal, as of one document: the place, the documents so far by how well
 * they were read (`counts`, this one included), the time left and the file, cut to `columns`.
 */
export function progressLine(e: BatchEvent, counts: Readonly<Record<Reading, number>>, elapsedMs: number, columns: number): string {
  const width = String(e.total).length;
  const line = `[${String(e.done).padStart(width)}/${e.total}] ${READINGS.map((r) => `${counts[r]} ${READING_WORDS[r].en}`).join(' · ')} · ${eta(e, elapsedMs)} · ${e.file}`;
  return truncate(line, columns - 1);
}
