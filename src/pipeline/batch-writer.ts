import type { Db } from '../store/db.js';
import type { DocumentRows } from '../store/rows.js';
import { type DocumentWrite, writeDocuments } from '../store/write.js';

/** How many finished documents wait for one commit, and for how long at most. */
export interface WriterOptions {
  maxDocuments: number;
  maxDelayMs: number;
}

const DEFAULTS: WriterOptions = { maxDocuments: 16, maxDelayMs: 250 };

/**
 * Writes finished documents to the store in batches: one transaction for up to `maxDocuments`
 * documents, or for those finished within `maxDelayMs` of the first waiting, each document in a
 * savepoint of its own. A document counts as stored only when its batch has committed (its promise
 * resolves then), so a batch killed at any point has every document whole or absent, as with one
 * transaction a document; fewer commits leave the writer, which shares its thread with the batch's
 * bookkeeping, more time for the workers' results.
 */
export class BatchWriter {
  private pending: { write: DocumentWrite; resolve: (r: number | Error) => void }[] = [];
  private timer: NodeJS.Timeout | null = null;
  private readonly opts: WriterOptions;

  constructor(
    private readonly db: Db,
    opts: Partial<WriterOptions> = {},
  ) {
    this.opts = { ...DEFAULTS, ...opts };
  }

  /** The document's id once its batch is committed, or the error that kept it out (its savepoint rolled back). */
  write(rows: DocumentRows, ctx: DocumentWrite['ctx']): Promise<number | Error> {
    return new Promise((resolve) => {
      this.pending.push({ write: { rows, ctx }, resolve });
      if (this.pending.length >= this.opts.maxDocuments) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.opts.maxDelayMs);
    });
  }

  /** Commits what waits. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = [];
    if (!batch.length) return;
    const results = writeDocuments(
      this.db,
      batch.map((b) => b.write),
    );
    batch.forEach((b, i) => b.resolve(results[i]!));
  }
}
