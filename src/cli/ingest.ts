import { availableParallelism } from 'node:os';
import type { Severity } from '../model/index.js';
import type { ParseLimits, ParseOptions } from '../parse/index.js';
import type { BatchEvent, BatchSummary } from '../pipeline/batch.js';
import { foundAtLeast, ingestFiles, localFiles, type BatchSettings, type Ingested } from '../pipeline/ingest.js';
import type { RunSettings } from '../pipeline/spec.js';
import { READING_WORDS, readingOfStatus, statusOfReading, type Reading } from '../pipeline/status.js';
import { collectFiles } from '../sources/collect.js';
import { truncate } from '../report/text-width.js';
import { foundText } from '../report/text/check.js';
import { defaultStore } from './usage.js';

export interface IngestOptions extends BatchSettings {
  /** Files, folders and globs. */
  paths: readonly string[];
  db: string;
  json: boolean;
  /** Exit 1 when the batch's documents have findings of at least this severity. */
  failOn: Severity | null;
}

const secs = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

function eta(e: BatchEvent, elapsedMs: number): string {
  if (e.done >= e.total) return 'done';
  const left = ((elapsedMs / e.done) * (e.total - e.done)) / 1000;
  return `ETA ${left < 60 ? `${Math.ceil(left)}s` : `${Math.floor(left / 60)}m${String(Math.ceil(left % 60)).padStart(2, '0')}s`}`;
}

const READINGS: readonly Reading[] = ['read', 'partial', 'unreadable'];

/** Documents of the batch by how well they were read. */
export const readingCounts = (s: BatchSummary): Record<Reading, number> =>
  Object.fromEntries(READINGS.map((r) => [r, s.status[statusOfReading(r)]])) as Record<Reading, number>;

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

/** The per-document lines of a batch, made as it starts: on a terminal one progress line, rewritten; on a pipe or in a log file, a line per document. */
export function documentLines(out: NodeJS.WriteStream): (e: BatchEvent) => void {
  const tty = out.isTTY === true;
  const counts: Record<Reading, number> = { read: 0, partial: 0, unreadable: 0 };
  const started = performance.now();
  return (e) => {
    const reading = readingOfStatus(e.status);
    counts[reading]++;
    const width = String(e.total).length;
    if (tty) {
      const line = `[${String(e.done).padStart(width)}/${e.total}] ${READINGS.map((r) => `${counts[r]} ${READING_WORDS[r].en}`).join(' · ')} · ${eta(e, performance.now() - started)} · ${e.file}`;
      out.write(`\r\x1b[K${truncate(line, (out.columns || 120) - 1)}`);
      if (e.done === e.total) out.write('\n');
    } else {
      const what =
        e.action === 'processed'
          ? `${secs(e.ms)}${reading === 'unreadable' ? '' : `, ${e.findings} findings`}`
          : e.action === 'stored'
            ? 'already stored'
            : 'no bytes';
      out.write(
        `[${String(e.done).padStart(width)}/${e.total}] ${READING_WORDS[reading].en.padEnd(12)} ${e.file} (${what})${reading !== 'read' && e.reason ? ` — ${e.reason.split('\n')[0]}` : ''}\n`,
      );
    }
  };
}

/** A batch's summary on stdout: as JSON (`--json`), else as text after a blank line. */
export function writeSummary(i: Ingested, db: string, json: boolean): void {
  if (json) process.stdout.write(JSON.stringify({ ...i.summary, reading: readingCounts(i.summary), notDisclosures: i.notDisclosures, db }, null, 2) + '\n');
  else process.stdout.write(`\n${summaryText(i.summary, db, i.notDisclosures)}\n`);
}

/**
 * `gongkai ingest`: parses, extracts and checks every file into the store. A terminal gets one
 * progress line; a pipe or log file gets a line per document. `--json` prints the summary as JSON
 * on stdout (the per-document lines then go to stderr). Exit 3 when a document could not be read,
 * 1 when `--fail-on` names a severity that was found, else 0.
 */
export async function ingestCommand(o: IngestOptions): Promise<number> {
  const { files, diagnostics } = await collectFiles(o.paths);
  if (diagnostics.length) {
    for (const d of diagnostics) process.stderr.write(`gongkai ingest: ${d}\n`);
    return 2;
  }
  const { paths, json, failOn, ...settings } = o;
  const ingested = await ingestFiles({
    ...settings,
    files: localFiles(files),
    named: paths,
    onDocument: documentLines(json ? process.stderr : process.stdout),
  });
  writeSummary(ingested, o.db, json);
  return ingested.summary.status.failed > 0 ? 3 : foundAtLeast(ingested.summary, failOn) ? 1 : 0;
}

/** The default number of worker threads: one per core, at most four (parsing is CPU-bound; the writer is one thread). */
export const defaultConcurrency = (): number => Math.max(1, Math.min(4, availableParallelism()));

/** The flags of a batch (ingest's, run's) as the validators name them. */
export interface BatchFlags {
  db?: string | undefined;
  concurrency?: string | undefined;
  json?: boolean | undefined;
  'fail-on'?: string | undefined;
  timeout?: string | undefined;
  force?: boolean | undefined;
  ocr?: boolean | undefined;
  'max-pages'?: string | undefined;
  'max-bytes'?: string | undefined;
}

/** Validates a batch's flags; a string is a usage error. What a flag does not give, `defaults` (a spec's settings) or the built-in defaults do. */
export function batchSettings(v: BatchFlags, defaults: RunSettings = {}): (BatchSettings & { failOn: Severity | null }) | string {
  const concurrency = v.concurrency === undefined ? (defaults.concurrency ?? defaultConcurrency()) : Number(v.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) return `--concurrency must be a whole number from 1 to 64, not "${v.concurrency}"`;
  const timeout = v.timeout === undefined ? (defaults.timeoutSeconds ?? 120) : Number(v.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0) return `--timeout must be a number of seconds above 0, not "${v.timeout}"`;
  const failOn = v['fail-on'] ?? null;
  if (failOn !== null && failOn !== 'error' && failOn !== 'warning') return `--fail-on must be error or warning, not "${failOn}"`;
  const limits: Partial<ParseLimits> = {};
  for (const [flag, key] of [
    ['max-pages', 'maxPages'],
    ['max-bytes', 'maxBytes'],
  ] as const) {
    const raw = v[flag];
    if (raw === undefined) {
      if (key === 'maxBytes' && defaults.maxBytes !== undefined) limits[key] = defaults.maxBytes;
      continue;
    }
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) return `--${flag} must be a whole number above 0, not "${raw}"`;
    limits[key] = n;
  }
  const parse: ParseOptions = { ...(v.ocr ? { ocr: true } : {}), ...(Object.keys(limits).length ? { limits } : {}) };
  return { concurrency, failOn, timeoutMs: timeout * 1000, force: v.force ?? false, parse };
}

/** Validates ingest's options; a string is a usage error. */
export function ingestOptions(paths: readonly string[], v: BatchFlags): IngestOptions | string {
  if (!paths.length) return 'give at least one file or folder';
  const settings = batchSettings(v);
  if (typeof settings === 'string') return settings;
  return { paths, db: v.db ?? defaultStore(), json: v.json ?? false, ...settings };
}
