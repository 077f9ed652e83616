import PQueue from 'p-queue';
import type { Diagnostic, Severity } from '../model/index.js';
import { openBundle } from '../parse/bundle.js';
import { DEFAULT_LIMITS, type ParseOptions } from '../parse/index.js';
import { type DocumentStatus, type ReadingStatus, statusOfReading } from './status.js';
import { readSource, type SourceBytes } from '../sources/file.js';
import type { Db } from '../store/db.js';
import { documentIds, documentOutcome, findingCounts, statusCounts } from '../store/read.js';
import { documentRows, type DocumentRows } from '../store/rows.js';
import { beginRun, endRun, recordFile, recordFileError, storedDocument, writeDocument } from '../store/write.js';
import { BatchWriter } from './batch-writer.js';
import { runCrossChecks, type CrossSummary } from './cross.js';
import { WorkerPool, type PoolOutcome } from './pool.js';
import { emptyModel, failedRows, internalError } from './process.js';
import { ENGINE_VERSION } from './version.js';

export interface BatchOptions {
  db: Db;
  /**
   * Files to read, in order (sources/collect.ts expands folders): a path, or a path and the name its
   * document is stored under (a download is read from the run folder and named by its URL).
   */
  files: readonly (string | { readonly path: string; readonly source: string })[];
  /** Worker processes: documents processed at once. */
  concurrency?: number;
  /** Per-document time limit: a worker still busy after it is terminated, the document fails with `timeout`. */
  timeoutMs?: number;
  /** What the stored rows are written under; a document stored under another version is processed again. */
  engineVersion?: string;
  /** Process every document even when this engine version stored it already. */
  force?: boolean;
  /** Parse options for every document (OCR of scanned pages, size and page caps). */
  parse?: ParseOptions;
  onEvent?: (e: BatchEvent) => void;
}

/** One file done: processed now, skipped as stored by this engine version, or unreadable. */
export interface BatchEvent {
  file: string;
  /** `processed`: run through the pipeline now; `stored`: already in the store; `unreadable`: no bytes. */
  action: 'processed' | 'stored' | 'unreadable';
  status: DocumentStatus;
  reason: string | null;
  findings: number;
  ms: number;
  /** Files done so far, and in all. */
  done: number;
  total: number;
}

export interface BatchSummary {
  runId: number;
  /** The cross-document checks run on the pairs this batch's documents are in (or our defect that stopped them). */
  cross: CrossSummary | { error: string };
  engineVersion: string;
  files: number;
  /** Distinct documents (by sha256) among the files. */
  documents: number;
  processed: number;
  skipped: number;
  unreadable: number;
  status: Record<DocumentStatus, number>;
  findings: Record<Severity, number>;
  ms: number;
  /** The most resident memory any one worker held (MB), null when no document went to a worker. */
  workerPeakRssMb: number | null;
}

const failure = (code: string, message: string): Diagnostic => ({ code, severity: 'error', stage: 'source', message, provenance: { kind: 'file' } });

/** Rows for a document the pipeline gave no result for (its worker was stopped or crashed). */
function stoppedRows(src: SourceBytes, outcome: Exclude<PoolOutcome, { kind: 'done' }>, ms: number): DocumentRows {
  const d =
    outcome.kind === 'timeout'
      ? failure('timeout', `processing took longer than the time limit of ${outcome.ms / 1000} s; the worker was stopped`)
      : failure('worker-crashed', `the worker processing the document crashed: ${outcome.error}`);
  return failedRows(src, d, ms, true);
}

/** Rows for a bundle whose members are all stored (the archive itself, listing them, with no content of its own), or one refused by a cap. */
function bundleRows(src: SourceBytes, diagnostics: Diagnostic[], ms: number): DocumentRows {
  const doc = emptyModel(src, diagnostics, 'zip');
  // The archive is read when its members were listed: its content is theirs, stored as documents of their own.
  const refused = diagnostics.filter((d) => d.severity === 'error');
  const reading: ReadingStatus = refused.length ? { reading: 'unreadable', reasons: refused } : { reading: 'read', reasons: [] };
  return documentRows({ doc, records: null, check: null, reading, status: statusOfReading(reading.reading), diagnostics }, ms);
}

/**
 * Reads files into the store: each file's bytes are hashed; bytes stored by this engine version are
 * skipped, the rest are processed in worker processes and written in batched transactions, each
 * document whole or not at all (./batch-writer.ts). A batch killed at any point and run again
 * completes the work: nothing is half-written, nothing is stored twice. One bad document never stops
 * the batch. A ZIP bundle's members are documents of their own, stored under `bundle.zip!/member`
 * (parse/bundle.ts), and then the bundle itself.
 */
export async function runBatch(opts: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const { db, files } = opts;
  const engineVersion = opts.engineVersion ?? ENGINE_VERSION;
  const concurrency = opts.concurrency ?? 1;
  const timeoutMs = opts.timeoutMs ?? 120_000;
  const runId = beginRun(db, engineVersion, { files: files.length, concurrency, timeoutMs, force: opts.force ?? false });
  const pool = new WorkerPool(concurrency, timeoutMs);
  const writer = new BatchWriter(db);
  /** Documents in the workers now. */
  let running = 0;
  /** Documents out of the workers, until their batch commits and their event is emitted. */
  const committing: Promise<void>[] = [];
  // Files are read and dispatched in order, one a worker; a document leaves the queue when its worker is done with it.
  const queue = new PQueue({ concurrency });
  /** Documents being processed now, by sha256: a second file with the same bytes waits for the first. */
  const inFlight = new Map<string, Promise<number>>();
  /** Documents this batch has written (a second file with the same bytes is not processed again, even with force). */
  const finished = new Map<string, Promise<number>>();
  const shas = new Set<string>();
  let done = 0;
  let processed = 0;
  let skipped = 0;
  let unreadable = 0;

  /** Files given, plus the members of the bundles among them as they are opened. */
  let total = files.length;

  const one = async (entry: string | { readonly path: string; readonly source: string }): Promise<void> => {
    const t0 = performance.now();
    const file = typeof entry === 'string' ? entry : entry.source;
    let src: SourceBytes;
    try {
      src = await readSource(typeof entry === 'string' ? entry : entry.path);
      if (typeof entry !== 'string') src = { ...src, source: entry.source };
    } catch (e) {
      unreadable++;
      recordFileError(db, file, (e as Error).message, runId);
      opts.onEvent?.({
        file,
        action: 'unreadable',
        status: 'failed',
        reason: (e as Error).message,
        findings: 0,
        ms: performance.now() - t0,
        done: ++done,
        total,
      });
      return;
    }
    await oneSource(src, file, t0, opts.parse?.limits?.maxZipExpanded ?? DEFAULT_LIMITS.maxZipExpanded);
  };

  /**
   * One document's bytes, stored under `file` (a path, a URL, or `bundle.zip!/member`). `budget` is
   * what a bundle among them may still expand to (a bundle's members count against the bundle it is in).
   */
  const oneSource = async (src: SourceBytes, file: string, t0: number, budget: number): Promise<{ committed: Promise<void> }> => {
    const emit = (action: BatchEvent['action'], s: { status: DocumentStatus; reason: string | null; findings: number }): void =>
      opts.onEvent?.({ file, action, ...s, ms: performance.now() - t0, done: ++done, total });
    shas.add(src.sha256);
    const pending = inFlight.get(src.sha256) ?? finished.get(src.sha256);
    if (pending) {
      const id = await pending;
      recordFile(db, file, id, runId);
      skipped++;
      emit('stored', documentOutcome(db, id));
      return { committed: Promise.resolve() };
    }
    const stored = opts.force ? undefined : storedDocument(db, src.sha256, engineVersion);
    if (stored) {
      recordFile(db, file, stored.id, runId);
      skipped++;
      emit('stored', documentOutcome(db, stored.id));
      return { committed: Promise.resolve() };
    }
    const ctx = { engineVersion, runId, paths: [file] };
    /** Settles when the document's worker is done with it (or it needs none): the next file may go then. */
    let released!: () => void;
    const dispatched = new Promise<void>((r) => (released = r));
    const work = (async (): Promise<number> => {
      // A bundle's members are documents of their own, each stored before the bundle: a bundle in the
      // store is a bundle read whole, so a run killed half-way through one opens it again and goes on.
      const opened = await openBundle(src, { ...opts.parse?.limits, maxZipExpanded: budget });
      if (opened.kind === 'refused') {
        released();
        return writeDocument(db, bundleRows(src, [opened.diagnostic], performance.now() - t0), ctx);
      }
      if (opened.kind === 'bundle') {
        const { members, expanded } = opened.bundle;
        total += members.length;
        const commits = (await Promise.all(members.map((m) => oneSource(m, m.source, performance.now(), budget - expanded)))).map((m) => m.committed);
        released();
        writer.flush();
        await Promise.all(commits);
        return writeDocument(db, bundleRows(src, opened.bundle.diagnostics, performance.now() - t0), ctx);
      }
      running++;
      const o = await pool.run({ source: src.source, sha256: src.sha256, bytes: src.bytes, ...(opts.parse ? { parse: opts.parse } : {}) }).finally(() => {
        running--;
        released();
      });
      const rows = o.kind === 'done' ? o.rows : stoppedRows(src, o, performance.now() - t0);
      const written = writer.write(rows, ctx);
      // Nothing else in the workers: commit now rather than wait for company.
      if (running === 0) writer.flush();
      const id = await written;
      if (typeof id === 'number') return id;
      // Its savepoint rolled back: a defect of ours in the rows or the writer. The document still gets its row.
      return writeDocument(db, failedRows(src, internalError('store', id), performance.now() - t0), ctx);
    })();
    // A defect of ours before the worker was asked still lets the next file go.
    work.catch(() => released());
    inFlight.set(src.sha256, work);
    const after = work
      .then((id) => {
        finished.set(src.sha256, work);
        processed++;
        emit('processed', documentOutcome(db, id));
      })
      .finally(() => inFlight.delete(src.sha256));
    // Awaited with the rest once every file is dispatched; handled now so that a failure waits for that.
    after.catch(() => {});
    committing.push(after);
    // The worker is free for the next file as soon as it is done with this one; the commit follows.
    await dispatched;
    return { committed: after };
  };

  try {
    await Promise.all(files.map((f) => queue.add(() => one(f))));
    writer.flush();
    await Promise.all(committing);
  } finally {
    writer.flush();
    await pool.close();
  }

  const list = [...shas];
  const status = statusCounts(db, list);
  status.failed += unreadable;
  const findings = findingCounts(db, list);
  // The checks that take two documents: each pair with a document of this batch, now that both are stored.
  let cross: BatchSummary['cross'];
  try {
    cross = runCrossChecks(db, { only: new Set(documentIds(db, list)) }).summary;
  } catch (e) {
    cross = { error: `gongkai failed in the cross-document checks: ${(e as Error).message}` };
  }
  const summary: BatchSummary = {
    runId,
    engineVersion,
    files: files.length,
    documents: list.length,
    processed,
    skipped,
    unreadable,
    status,
    findings,
    cross,
    ms: performance.now() - started,
    workerPeakRssMb: pool.memory.workerPeakRssMb === null ? null : Math.round(pool.memory.workerPeakRssMb),
  };
  endRun(db, runId, {
    files: files.length,
    processed,
    skipped,
    ok: status.ok,
    needsReview: status['needs-review'],
    failed: status.failed,
    findings: findings.error + findings.warning + findings.info,
  });
  return summary;
}
