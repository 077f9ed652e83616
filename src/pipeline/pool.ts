import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { DocumentRows } from '../store/rows.js';
import type { WorkMessage, WorkRequest } from './worker.js';

/** How one document's work ended: its rows, or a stopped/crashed worker (nothing is known about the document). */
export type PoolOutcome = { kind: 'done'; rows: DocumentRows } | { kind: 'timeout'; ms: number } | { kind: 'crashed'; error: string };

interface Slot {
  worker: ChildProcess;
  /** Handed out: set when acquired (before the job is posted), cleared when the job ends. */
  busy: boolean;
  /** The document in hand, if any. */
  job: { id: number; resolve: (o: PoolOutcome) => void; timer: NodeJS.Timeout } | null;
  /** The worker's error report before it exits (an exception it did not catch). */
  error: string | null;
  /** Settles when the worker has loaded and said so (false: it did not start). */
  ready: Promise<boolean>;
}

const ENTRY = new URL('./worker.mjs', import.meta.url);
/** A document that needs more heap than this crashes its worker (a `worker-crashed` failure), not the batch. */
const MAX_HEAP_MB = 2048;
/**
 * A worker whose resident memory is past this after a document is replaced before the next one: a
 * long batch does not carry one large document's heap (V8 keeps what it grew) into every later one.
 */
const RECYCLE_RSS_MB = 300;
/** A worker not loaded after this long (or the time limit, if longer) is broken: its document fails as crashed. */
const STARTUP_MS = 60_000;

/** Memory the pool's workers reported: the highest peak RSS of any one worker, in MB. */
export interface PoolMemory {
  workerPeakRssMb: number | null;
  /** Workers replaced for their memory after a document. */
  recycled: number;
}

/**
 * A fixed number of worker processes, each loaded once and working on one document at a time. A
 * process, not a thread: each worker's memory is its own to measure and bound, and a worker that
 * dies takes nothing else with it. A worker that passes the time limit is killed (the only way to
 * stop a CPU-bound parse) and replaced by a fresh one; so is one that crashes, and one whose memory
 * stayed high after a document. Either way the document gets an outcome and the pool goes on.
 * Workers leave when the pool closes, and when the process that started them dies (their IPC
 * channel closes).
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: ((s: Slot) => void)[] = [];
  private nextId = 1;
  private closed = false;
  readonly memory: PoolMemory = { workerPeakRssMb: null, recycled: 0 };
  private readonly startupMs: number;

  constructor(
    private readonly size: number,
    private readonly timeoutMs: number,
    /** The worker's entry module (a test gives one that crashes). */
    private readonly entry: URL = ENTRY,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`a worker pool needs at least one worker, not ${size}`);
    this.startupMs = Math.max(STARTUP_MS, timeoutMs);
  }

  /** Processes one document in a worker; the time limit runs from when the worker, loaded, is given it. */
  async run(req: Omit<WorkRequest, 'id'>): Promise<PoolOutcome> {
    const slot = await this.acquire();
    if (!(await slot.ready)) {
      this.discard(slot);
      return { kind: 'crashed', error: slot.error ?? `the worker did not start within ${this.startupMs / 1000} s` };
    }
    return new Promise<PoolOutcome>((resolve) => {
      const id = this.nextId++;
      const timer = setTimeout(() => {
        this.discard(slot);
        resolve({ kind: 'timeout', ms: this.timeoutMs });
      }, this.timeoutMs);
      slot.job = { id, resolve, timer };
      slot.worker.send({ ...req, id } satisfies WorkRequest);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(
      this.slots.splice(0).map(
        (s) =>
          new Promise<void>((resolve) => {
            if (s.worker.exitCode !== null || s.worker.signalCode !== null) return resolve();
            s.worker.once('exit', () => resolve());
            // Closing the channel lets the worker finish and leave on its own.
            if (s.worker.connected) s.worker.disconnect();
            else s.worker.kill('SIGKILL');
          }),
      ),
    );
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
    const worker = fork(fileURLToPath(this.entry), [], {
      // Not the parent's flags (a test runner's loader): the entry loads what it needs.
      execArgv: [`--max-old-space-size=${MAX_HEAP_MB}`],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let started: (ok: boolean) => void = () => {};
    const slot: Slot = { worker, busy: true, job: null, error: null, ready: new Promise((resolve) => (started = resolve)) };
    const startup = setTimeout(() => started(false), this.startupMs);
    worker.on('message', (m: WorkMessage) => {
      if ('ready' in m) {
        clearTimeout(startup);
        started(true);
        return;
      }
      if ('error' in m) {
        slot.error = m.error;
        return;
      }
      const job = slot.job;
      if (!job || job.id !== m.id) return;
      this.memory.workerPeakRssMb = Math.max(this.memory.workerPeakRssMb ?? 0, m.peakRssMb);
      this.finish(slot, { kind: 'done', rows: m.rows }, m.rssMb > RECYCLE_RSS_MB);
    });
    worker.on('error', (e) => {
      const job = slot.job;
      slot.error ??= e.message;
      clearTimeout(startup);
      started(false);
      this.discard(slot);
      job?.resolve({ kind: 'crashed', error: e.message });
    });
    worker.on('exit', (code, signal) => {
      const job = slot.job;
      slot.error ??= job ? null : `the worker exited with code ${code} before it was ready`;
      clearTimeout(startup);
      started(false);
      this.discard(slot);
      job?.resolve({ kind: 'crashed', error: slot.error ?? (signal ? `the worker was killed by ${signal}` : `the worker exited with code ${code}`) });
    });
    this.slots.push(slot);
    return slot;
  }

  private finish(slot: Slot, outcome: PoolOutcome, recycle: boolean): void {
    const job = slot.job!;
    clearTimeout(job.timer);
    slot.job = null;
    if (recycle) {
      this.memory.recycled++;
      this.discard(slot);
    } else {
      slot.busy = false;
      const next = this.waiting.shift();
      if (next) {
        slot.busy = true;
        next(slot);
      }
    }
    job.resolve(outcome);
  }

  /** Drops a worker (timed out, crashed, exited, recycled) and hands its place to whoever waits. */
  private discard(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    if (slot.job) clearTimeout(slot.job.timer);
    slot.job = null;
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => {}); // a killed worker may still report; nobody listens
    slot.worker.kill('SIGKILL');
    const next = this.waiting.shift();
    if (next && !this.closed) next(this.spawn());
  }
}
