import { relative, resolve } from 'node:path';
import type { Severity } from '../model/index.js';
import type { ParseOptions } from '../parse/index.js';
import { openStore } from '../store/db.js';
import { severitiesFrom } from '../store/read.js';
import { runBatch, type BatchEvent, type BatchSummary } from './batch.js';
import { sortDisclosures } from './disclosures.js';
import type { ResolvedFile } from './resolve.js';

/** How a batch works: documents at once, the per-document time limit, whether stored documents are done again, the parse options (OCR, caps). */
export interface BatchSettings {
  concurrency: number;
  timeoutMs: number;
  /** Process documents again even when this engine version stored them already. */
  force: boolean;
  parse: ParseOptions;
}

export interface IngestRun extends BatchSettings {
  /** The store (made when missing). */
  db: string;
  /** The files, each with the name it is stored under. */
  files: readonly ResolvedFile[];
  /** Paths named as such (on the command line, in a spec): read whatever they are; a file met in a folder or glob only when it is a disclosure. */
  named: readonly string[];
  /** Each file as it is done. */
  onDocument?: (e: BatchEvent) => void;
}

export interface Ingested {
  summary: BatchSummary;
  /** Files in folders and globs skipped as not disclosures. */
  notDisclosures: string[];
}

/** Files found on disk as the ingest takes them: each named by its path relative to the working folder. */
export const localFiles = (files: readonly string[]): ResolvedFile[] => files.map((f) => ({ path: f, source: relative(process.cwd(), f) || f }));

/**
 * Parses, extracts and checks files into the store: a file met in a folder or glob that is not a
 * disclosure is skipped and counted; a download (its name a URL) and a file named as such are read.
 */
export async function ingestFiles(o: IngestRun): Promise<Ingested> {
  const named = new Set(o.named.map((p) => resolve(p)));
  const sorted = await sortDisclosures(
    o.files.filter((f) => !named.has(resolve(f.path)) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(f.source)),
    (f) => f.path,
  );
  const skipped = new Set(sorted.skipped);
  const entries = o.files.filter((f) => !skipped.has(f.path));
  const db = openStore(o.db);
  try {
    const summary = await runBatch({
      db,
      files: entries.map((e) => (e.path === e.source ? e.path : e)),
      concurrency: o.concurrency,
      timeoutMs: o.timeoutMs,
      force: o.force,
      parse: o.parse,
      ...(o.onDocument ? { onEvent: o.onDocument } : {}),
    });
    return { summary, notDisclosures: sorted.skipped };
  } finally {
    db.close();
  }
}

/** Whether a batch's documents have findings of at least this severity (`--fail-on`); never with none named. */
export const foundAtLeast = (summary: BatchSummary, failOn: Severity | null): boolean =>
  failOn !== null && severitiesFrom(failOn).some((s) => summary.findings[s] > 0);
