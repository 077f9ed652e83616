import { parentPort } from 'node:worker_threads';
import { documentRows, type DocumentRows } from '../store/rows.js';
import type { ParseOptions } from '../parse/index.js';
import { failedDocument, internalError, processDocument, stagesWith } from './process.js';

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

/** Runs the pipeline on one document and turns the result into store rows; never throws. */
export async function work(req: WorkRequest): Promise<WorkResult> {
  const started = performance.now();
  const src = { source: req.source, sha256: req.sha256, bytes: req.bytes };
  try {
    const p = await processDocument(src, stagesWith(req.parse));
    return { id: req.id, rows: documentRows(p, performance.now() - started) };
  } catch (e) {
    // processDocument catches its stages' exceptions: what is left is a defect in turning the result into rows.
    const d = internalError('store', e);
    const rows = documentRows(failedDocument(src, d), performance.now() - started);
    return { id: req.id, rows };
  }
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (req: WorkRequest) => {
    void work(req).then((r) => port.postMessage(r));
  });
}
