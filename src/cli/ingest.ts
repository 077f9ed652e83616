import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import type { Severity } from '../model/index.js';
import type { ParseLimits, ParseOptions } from '../parse/index.js';
import { runBatch, type BatchEvent, type BatchSummary } from '../pipeline/batch.js';
import { collectFiles } from '../sources/collect.js';
import { DEFAULT_DB, openStore } from '../store/db.js';
import { severitiesFrom } from '../store/read.js';
import { truncate } from '../report/text-width.js';

export interface IngestOptions {
  paths: readonly string[];
  /** Files already resolved (a pipeline's sources and downloads), each with the name it is stored under; when given, `paths` is not expanded. */
  entries?: readonly { readonly path: string; readonly source: string }[];
  db: string;
  concurrency: number;
  json: boolean;
  /** Exit 1 when the batch's documents have findings of at least this severity. */
  failOn: Severity | null;
  timeoutMs: number;
  /** Process documents again even when this engine version stored them already. */
  force: boolean;
  /** Parse options: OCR of scanned pages (`--ocr`), size and page caps (`--max-bytes`, `--max-pages`). */
  parse: ParseOptions;
}

const secs = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

function eta(e: BatchEvent, elapsedMs: number): string {
  if (e.done >= e.total) return 'done';
  const left = ((elapsedMs / e.done) * (e.total - e.done)) / 1000;
  return `ETA ${left < 60 ? `${Math.ceil(left)}s` : `${Math.floor(left / 60)}m${String(Math.ceil(left % 60)).padStart(2, '0')}s`}`;
}

export function summaryText(s: BatchSummary, db: string): string {
  const rate = s.processed ? ` (${((s.processed * 1000) / s.ms).toFixed(2)} documents/s)` : '';
  return [
    `${s.files} files, ${s.documents} documents: ${s.processed} processed, ${s.skipped} already stored${s.unreadable ? `, ${s.unreadable} unreadable` : ''} in ${secs(s.ms)}${rate}`,
    `documents: ${s.status.ok} ok, ${s.status['needs-review']} needs-review, ${s.status.failed} failed`,
    `findings: ${s.findings.error} error, ${s.findings.warning} warning, ${s.findings.info} info`,
    ...('error' in s.cross ? [s.cross.error] : s.cross.pairs ? [`across documents: ${s.cross.pairs} pair checks, ${s.cross.compared} with figures to compare, ${s.cross.findings} findings (gongkai check --cross lists them)`] : []),
    `store: ${db} (engine ${s.engineVersion}, run ${s.runId})`,
  ].join('\n');
}

/**
 * `gongkai ingest`: parses, extracts and checks every file into the store. A terminal gets one
 * progress line; a pipe or log file gets a line per document. `--json` prints the summary as JSON
 * on stdout (the per-document lines then go to stderr).
 */
export async function ingestCommand(o: IngestOptions): Promise<number> {
  const { files, diagnostics } = o.entries ? { files: [], diagnostics: [] } : await collectFiles(o.paths);
  if (diagnostics.length) {
    for (const d of diagnostics) process.stderr.write(`gongkai ingest: ${d}\n`);
    return 2;
  }
  const out = o.json ? process.stderr : process.stdout;
  const tty = out.isTTY === true;
  const db = openStore(o.db);
  const counts = { ok: 0, 'needs-review': 0, failed: 0 };
  const started = performance.now();
  let summary: BatchSummary;
  try {
    summary = await runBatch({
      db,
      files: o.entries ?? files.map((f) => relative(process.cwd(), f) || f),
      concurrency: o.concurrency,
      timeoutMs: o.timeoutMs,
      force: o.force,
      parse: o.parse,
      onEvent: (e) => {
        counts[e.status]++;
        const width = String(e.total).length;
        if (tty) {
          const line = `[${String(e.done).padStart(width)}/${e.total}] ${counts.ok} ok · ${counts['needs-review']} needs-review · ${counts.failed} failed · ${eta(e, performance.now() - started)} · ${e.file}`;
          out.write(`\r\x1b[K${truncate(line, (out.columns || 120) - 1)}`);
          if (e.done === e.total) out.write('\n');
        } else {
          const what = e.action === 'processed' ? `${secs(e.ms)}, ${e.findings} findings` : e.action === 'stored' ? 'already stored' : 'unreadable';
          out.write(`[${String(e.done).padStart(width)}/${e.total}] ${e.status.padEnd(12)} ${e.file} (${what})${e.status !== 'ok' && e.reason ? ` — ${e.reason.split('\n')[0]}` : ''}\n`);
        }
      },
    });
  } finally {
    db.close();
  }
  if (o.json) process.stdout.write(JSON.stringify({ ...summary, db: o.db }, null, 2) + '\n');
  else process.stdout.write(`\n${summaryText(summary, o.db)}\n`);
  if (summary.status.failed > 0) return 3;
  if (o.failOn && severitiesFrom(o.failOn).some((s) => summary.findings[s] > 0)) return 1;
  return 0;
}

/** The default number of worker threads: one per core, at most four (parsing is CPU-bound; the writer is one thread). */
export const defaultConcurrency = (): number => Math.max(1, Math.min(4, availableParallelism()));

/** Validates ingest's options; a string is a usage error. */
export function ingestOptions(
  paths: readonly string[],
  v: {
    db?: string | undefined;
    concurrency?: string | undefined;
    json?: boolean | undefined;
    'fail-on'?: string | undefined;
    timeout?: string | undefined;
    force?: boolean | undefined;
    ocr?: boolean | undefined;
    'max-pages'?: string | undefined;
    'max-bytes'?: string | undefined;
  },
  entries?: readonly { readonly path: string; readonly source: string }[],
): IngestOptions | string {
  if (!paths.length && !entries) return 'give at least one file or folder';
  const concurrency = v.concurrency === undefined ? defaultConcurrency() : Number(v.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) return `--concurrency must be a whole number from 1 to 64, not "${v.concurrency}"`;
  const timeout = v.timeout === undefined ? 120 : Number(v.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0) return `--timeout must be a number of seconds above 0, not "${v.timeout}"`;
  const failOn = v['fail-on'] ?? null;
  if (failOn !== null && failOn !== 'error' && failOn !== 'warning') return `--fail-on must be error or warning, not "${failOn}"`;
  const limits: Partial<ParseLimits> = {};
  for (const [flag, key] of [['max-pages', 'maxPages'], ['max-bytes', 'maxBytes']] as const) {
    const raw = v[flag];
    if (raw === undefined) continue;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) return `--${flag} must be a whole number above 0, not "${raw}"`;
    limits[key] = n;
  }
  const parse: ParseOptions = { ...(v.ocr ? { ocr: true } : {}), ...(Object.keys(limits).length ? { limits } : {}) };
  return { paths, ...(entries ? { entries } : {}), db: v.db ?? DEFAULT_DB, concurrency, json: v.json ?? false, failOn, timeoutMs: timeout * 1000, force: v.force ?? false, parse };
}
