import { documentRows, type DocumentRows } from '../store/rows.js';
import type { ParseOptions } from '../parse/index.js';
import { failedRows, internalError, processDocument, stagesWith } from './process.js';

/** What the batch posts to a worker: one document's bytes. */
export interface WorkRequest {
  id: number;
  source: string;
  sha256: string;
  bytes: Uint8Array;
  /** Parse options (OCR, limits) as plain data. */
  parse?: ParseOptions;
}

/** What a worker posts back: the document's store rows (plain data: amounts as exact decimal strings). */
export interface WorkResult {
  id: number;
  rows: DocumentRows;
}

/** A result with the worker's memory after it (MB): its resident set now, and the most it ever held. */
export type WorkMessage = (WorkResult & { rssMb: number; peakRssMb: number }) | { error: string } | { ready: true };

/** Runs the pipeline on one document and turns the result into store rows; never throws. */
export async function work(req: WorkRequest): Promise<WorkResult> {
  const started = performance.now();
  const src = { source: req.source, sha256: req.sha256, bytes: req.bytes };
  try {
    const p = await processDocument(src, stagesWith(req.parse));
    return { id: req.id, rows: documentRows(p, performance.now() - started) };
  } catch (e) {
    // processDocument catches its stages' exceptions: what is left is a defect in turning the result into rows.
    return { id: req.id, rows: failedRows(src, internalError('store', e), performance.now() - started) };
  }
}

/**
 * Serves the pool (pool.ts) from a worker process: says it is ready once loaded, then works on one
 * document at a time, in the order they come. Called by the worker's entry (worker-main.ts).
 */
export function serveWorker(): void {
  if (!process.send || !process.channel) throw new Error('serveWorker: this process was not started by a worker pool');
  const send = (m: WorkMessage, done?: () => void): void => void process.send!(m, undefined, undefined, done);
  process.on('message', (req: WorkRequest) => {
    void work(req).then((r) => send({ ...r, rssMb: process.memoryUsage.rss() / 1048576, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
  });
  // An exception of ours outside work() ends the worker; the pool reports it for the document in hand.
  process.on('uncaughtException', (e) => send({ error: e.message }, () => process.exit(1)));
  // The pool closed, or the process that started it died: nothing more will come.
  process.on('disconnect', () => process.exit(0));
  send({ ready: true });
}
