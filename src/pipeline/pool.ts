import { Worker } from 'node:worker_threads';
import type { DocumentRows } from '../store/rows.js';
import type { WorkRequest, WorkResult } from './worker.js';

/** How one document's work ended: its rows, or a stopped/crashed worker (nothing is known about the document). */
export type PoolOutcome = { kind: 'done'; rows: DocumentRows } | { kind: 'timeout'; ms: number } | { kind: 'crashed'; error: string };

interface Slot {
  worker: Worker;
  /** Handed out: set when acquired (before the job is posted), cleared when the job ends. */
  busy: boolean;
  /** The document in hand, if any. */
  job: { id: number; resolve: (o: PoolOutcome) => void; timer: NodeJS.Timeout } | null;
}

const ENTRY = new URL('./worker.mjs', import.meta.url);
/** A document that needs more heap than this crashes its worker (a `worker-crashed` failure), not the batch. */
const MAX_HEAP_MB = 2048;

/**
 * A fixed number of worker threads, each working on one document at a time. A worker that passes the
 * time limit is terminated (the only way to stop a CPU-bound parse) and replaced by a fresh one; so
 * is one that crashes. Either way the document gets an outcome and the pool goes on.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: ((s: Slot) => void)[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly timeoutMs: number,
    /** The worker's entry module (a test gives one that crashes). */
    private readonly entry: URL = ENTRY,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`a worker pool needs at least one worker, not ${size}`);
  }

  run(req: Omit<WorkRequest, 'id'>): Promise<PoolOutcome> {
    return this.acquire().then(
      (slot) =>
        new Promise<PoolOutcome>((resolve) => {
          const id = this.nextId++;
          const timer = setTimeout(() => {
            this.discard(slot);
            resolve({ kind: 'timeout', ms: this.timeoutMs });
          }, this.timeoutMs);
          slot.job = { id, resolve, timer };
          // A copy the worker owns: the caller's buffer may be a view into a larger one.
          const bytes = req.bytes.slice();
          slot.worker.postMessage({ ...req, id, bytes } satisfies WorkRequest, [bytes.buffer]);
        }),
    );
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private acquire(): Promise<Slot> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    const idle = this.slots.find((s) => !s.busy);
    if (idle) {
      idle.busy = true;
      return Promise.resolve(idle);
    }
    if (this.slots.length < this.size) return Promise.resolve(this.spawn());
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.entry, { resourceLimits: { maxOldGenerationSizeMb: MAX_HEAP_MB } }), busy: true, job: null };
    slot.worker.on('message', (r: WorkResult) => {
      const job = slot.job;
      if (!job || job.id !== r.id) return;
      this.finish(slot, { kind: 'done', rows: r.rows });
    });
    slot.worker.on('error', (e) => {
      const job = slot.job;
      this.discard(slot);
      job?.resolve({ kind: 'crashed', error: e.message });
    });
    slot.worker.on('exit', (code) => {
      const job = slot.job;
      this.discard(slot);
      job?.resolve({ kind: 'crashed', error: `the worker exited with code ${code}` });
    });
    this.slots.push(slot);
    return slot;
  }

  private finish(slot: Slot, outcome: PoolOutcome): void {
    const job = slot.job!;
    clearTimeout(job.timer);
    slot.job = null;
    slot.busy = false;
    const next = this.waiting.shift();
    if (next) {
      slot.busy = true;
      next(slot);
    }
    job.resolve(outcome);
  }

  /** Drops a worker (timed out, crashed, exited) and hands its place to whoever waits. */
  private discard(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    if (slot.job) clearTimeout(slot.job.timer);
    slot.job = null;
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => {}); // a terminated worker may still report; nobody listens
    void slot.worker.terminate();
    const next = this.waiting.shift();
    if (next && !this.closed) next(this.spawn());
  }
}
