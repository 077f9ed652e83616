import PQueue from 'p-queue';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Per-host politeness: at most `concurrency` requests in flight to one host (a p-queue per host),
 * and a request starts only `minIntervalMs` after the previous one to that host got its response
 * headers (or ended without them).
 *
 * Counting from the previous response rather than the previous start is what makes the promise
 * hold on the server's clock: a first request that spends a few ms opening the connection arrives
 * late, and a start-to-start gap on our side would then reach the server shorter than promised.
 * (p-queue's own `interval` counts starts in `Date.now()` milliseconds, hence the gate here.)
 */
export class HostLimiter {
  private readonly queues = new Map<string, PQueue>();
  /** Per host: settles when the last admitted request has responded and the interval after it has passed. */
  private readonly gates = new Map<string, Promise<void>>();
  /** Per host: a longer interval the host asked for (robots.txt Crawl-delay). */
  private readonly slower = new Map<string, number>();

  constructor(
    private readonly concurrency: number,
    private readonly minIntervalMs: number,
  ) {}

  /** Makes `host` wait at least `ms` between requests from now on (never less than the interval for every host). */
  slowDown(host: string, ms: number): void {
    if (ms > this.intervalFor(host)) this.slower.set(host, ms);
  }

  intervalFor(host: string): number {
    return Math.max(this.minIntervalMs, this.slower.get(host) ?? 0);
  }

  /**
   * Runs `task` for `host` when a slot is free and the host's interval has passed. The task calls
   * `responded()` when the response headers arrive; its end counts as that too.
   */
  run<T>(host: string, task: (responded: () => void) => Promise<T>): Promise<T> {
    let q = this.queues.get(host);
    if (!q) {
      q = new PQueue({ concurrency: this.concurrency });
      this.queues.set(host, q);
    }
    return q.add(async () => {
      const responded = await this.admit(host);
      try {
        return await task(responded);
      } finally {
        responded();
      }
    });
  }

  private async admit(host: string): Promise<() => void> {
    const interval = this.intervalFor(host);
    if (interval <= 0) return () => undefined;
    const previous = this.gates.get(host) ?? Promise.resolve();
    let release!: () => void;
    const respondedAt = new Promise<number>((ok) => (release = () => ok(performance.now())));
    // Chained synchronously, so requests that wait together are admitted one after another.
    this.gates.set(
      host,
      respondedAt.then((t) => waitUntil(t + interval)),
    );
    await previous;
    return release;
  }
}

/** Timers may fire up to a millisecond early against performance.now(): wait until the time has really come. */
async function waitUntil(at: number): Promise<void> {
  while (performance.now() < at) await sleep(Math.max(1, Math.ceil(at - performance.now())));
}
