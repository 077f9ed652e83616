import type { Severity } from '../model/index.js';
import { openStore, type Db } from '../store/db.js';
import type { BatchEvent, BatchSummary } from './batch.js';
import type { CrawlRequest, CrawlSummary } from './crawl/crawl.js';
import { checkCrawls, runCrawls, type DiscoveriesChecked } from './crawl/run-crawls.js';
import { foundAtLeast, ingestFiles, type BatchSettings } from './ingest.js';
import { resolveSources, SPEC_ERRORS, type ResolvedSources, type SourceDiagnostic } from './resolve.js';
import { runDirOf, type Outputs, type PipelineSpec } from './spec.js';

/** How a spec is run: its store and its batch (flags over the spec's settings over the defaults, all validated before anything is fetched). */
export interface SpecRunOptions extends BatchSettings {
  /** The store (made when missing). */
  db: string;
  /** Findings of at least this severity are a fact of the result (`--fail-on`). */
  failOn: Severity | null;
}

/**
 * The spec's outputs, which read the store back once it is written: the report and the export are
 * stages above the pipeline, so the caller gives them (`report/html` `writeReport`, `export`
 * `exportStore`), each called with the store opened read-only. What they return is in the result.
 */
export interface SpecOutputs<R, X> {
  report: (db: Db, file: string) => R | Promise<R>;
  export: (db: Db, o: NonNullable<Outputs['export']>) => X | Promise<X>;
}

/** What a run did, as it happens, in order: for progress lines and a log. */
export type SpecRunEvent<R = unknown, X = unknown> =
  /** The folders, globs and URL lists resolved (the URLs fetched), with a diagnostic for each problem. */
  | { kind: 'resolved'; sources: ResolvedSources }
  | { kind: 'crawl-request'; request: CrawlRequest }
  | { kind: 'crawled'; crawl: CrawlSummary }
  /** The batch is about to start: the URLs' outcome, and the files it is given. */
  | { kind: 'ingesting'; sources: ResolvedSources; files: number }
  | { kind: 'document'; event: BatchEvent }
  | { kind: 'ingested'; summary: BatchSummary; notDisclosures: string[] }
  | { kind: 'discoveries'; discoveries: DiscoveriesChecked }
  | { kind: 'report'; file: string; written: R }
  | { kind: 'export'; dir: string; written: X };

/** A spec that names a path or a URL list that is not there: nothing was read (its URLs were fetched). */
export interface SpecSourcesMissing {
  kind: 'missing';
  sources: ResolvedSources;
  /** The paths and lists not there. */
  missing: string[];
}

export interface SpecRunDone<R, X> {
  kind: 'done';
  sources: ResolvedSources;
  /** Sources that gave nothing this time (a URL that failed: a 404, a timeout); the run went on without them. */
  failedSources: SourceDiagnostic[];
  crawls: CrawlSummary[];
  batch: BatchSummary;
  /** Files in folders and globs skipped as not disclosures. */
  notDisclosures: string[];
  discoveries: DiscoveriesChecked[];
  report: { file: string; written: R } | null;
  export: { dir: string; written: X } | null;
  /** Documents read, in full or in part. */
  read: number;
  /** Documents that could not be read. */
  unreadable: number;
  /** Whether the batch's documents have findings of at least `failOn`'s severity. */
  failOnFound: boolean;
}

export type SpecRun<R, X> = SpecSourcesMissing | SpecRunDone<R, X>;

/**
 * Runs a validated spec: resolves its folders, globs and URL lists (downloads kept by hash under its
 * run folder, named by their URL), runs its crawls, ingests what they gave into the store, compares
 * the crawls' discoveries with their documents, then writes the report and the export the spec
 * names. A source that fails (a 404) is a fact of the result, not an error: the run goes on. Prints
 * nothing: `onEvent` hears what happens as it does.
 */
export async function runSpec<R, X>(
  spec: PipelineSpec,
  options: SpecRunOptions,
  outputs: SpecOutputs<R, X>,
  onEvent: (e: SpecRunEvent<R, X>) => void = () => {},
): Promise<SpecRun<R, X>> {
  const runDir = runDirOf(spec);
  const sources = await resolveSources(spec, runDir);
  onEvent({ kind: 'resolved', sources });
  const missing = sources.diagnostics.filter((d) => SPEC_ERRORS.has(d.code)).map((d) => d.source);
  if (missing.length) return { kind: 'missing', sources, missing };
  const crawls = spec.crawls.length
    ? await runCrawls(spec.crawls, {
        db: options.db,
        runDir,
        onRequest: (request) => onEvent({ kind: 'crawl-request', request }),
        onCrawled: (crawl) => onEvent({ kind: 'crawled', crawl }),
      })
    : [];
  const files = [...sources.files, ...crawls.flatMap((c) => c.files)];
  onEvent({ kind: 'ingesting', sources, files: files.length });
  const { failOn, ...settings } = options;
  const { summary: batch, notDisclosures } = await ingestFiles({
    ...settings,
    files,
    named: spec.sources,
    onDocument: (event) => onEvent({ kind: 'document', event }),
  });
  onEvent({ kind: 'ingested', summary: batch, notDisclosures });
  const discoveries = spec.crawls.length ? checkCrawls(spec.crawls, options.db, (discoveries) => onEvent({ kind: 'discoveries', discoveries })) : [];
  const { report: reportFile, export: exportTo } = spec.outputs;
  const report = reportFile ? { file: reportFile, written: await readStore(options.db, (db) => outputs.report(db, reportFile)) } : null;
  if (report) onEvent({ kind: 'report', ...report });
  const exported = exportTo ? { dir: exportTo.dir, written: await readStore(options.db, (db) => outputs.export(db, exportTo)) } : null;
  if (exported) onEvent({ kind: 'export', ...exported });
  return {
    kind: 'done',
    sources,
    failedSources: sources.diagnostics.filter((d) => d.severity === 'error'),
    crawls,
    batch,
    notDisclosures,
    discoveries,
    report,
    export: exported,
    read: batch.documents - batch.status.failed,
    unreadable: batch.status.failed,
    failOnFound: foundAtLeast(batch, failOn),
  };
}

/** Runs `f` on the store opened read-only, closing it after. */
async function readStore<T>(file: string, f: (db: Db) => T | Promise<T>): Promise<T> {
  const db = openStore(file, { readonly: true });
  try {
    return await f(db);
  } finally {
    db.close();
  }
}
