import { availableParallelism } from 'node:os';
import type { Severity } from '../model/index.js';
import type { ParseLimits, ParseOptions } from '../parse/index.js';
import type { BatchEvent } from '../pipeline/batch.js';
import { foundAtLeast, ingestFiles, localFiles, type BatchSettings, type Ingested } from '../pipeline/ingest.js';
import type { RunSettings } from '../pipeline/spec.js';
import { readingOfStatus, type Reading } from '../pipeline/status.js';
import { collectFiles } from '../sources/collect.js';
import { documentLine, progressLine, summaryJson, summaryText } from '../report/text/ingest.js';
import { defaultStore } from './usage.js';

export interface IngestOptions extends BatchSettings {
  /** Files, folders and globs. */
  paths: readonly string[];
  db: string;
  json: boolean;
  /** Exit 1 when the batch's documents have findings of at least this severity. */
  failOn: Severity | null;
}

/** The per-document lines of a batch, made as it starts: on a terminal one progress line, rewritten; on a pipe or in a log file, a line per document. */
export function documentLines(out: NodeJS.WriteStream): (e: BatchEvent) => void {
  const tty = out.isTTY === true;
  const counts: Record<Reading, number> = { read: 0, partial: 0, unreadable: 0 };
  const started = performance.now();
  return (e) => {
    counts[readingOfStatus(e.status)]++;
    if (tty) {
      out.write(`\r\x1b[K${progressLine(e, counts, performance.now() - started, out.columns || 120)}`);
      if (e.done === e.total) out.write('\n');
    } else out.write(`${documentLine(e)}\n`);
  };
}

/** A batch's summary on stdout: as JSON (`--json`), else as text after a blank line. */
export function writeSummary(i: Ingested, db: string, json: boolean): void {
  if (json) process.stdout.write(summaryJson(i, db));
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
