import { exportStore } from '../export/index.js';
import type { BatchEvent } from '../pipeline/batch.js';
import { runSpec, type SpecRunOptions } from '../pipeline/run-spec.js';
import { loadPipelineSpec, runSettings, type PipelineSpec } from '../pipeline/spec.js';
import { writeReport } from '../report/html/index.js';
import { crawlRequestLine, crawlSummaryText, discoveriesLine, mismatchLines } from '../report/text/crawl.js';
import { exportText, reportLine, urlsLine } from '../report/text/outputs.js';
import { batchSettings, documentLines, writeSummary, type BatchFlags } from './ingest.js';
import { defaultStore, UsageError } from './usage.js';

export type RunFlags = BatchFlags;

/** Validates a run's flags over its spec's settings; a string is a usage error. The store: `--db`, else the spec's, else the default. */
export function runOptions(spec: PipelineSpec, flags: RunFlags): SpecRunOptions | string {
  const settings = batchSettings(flags, runSettings(spec));
  return typeof settings === 'string' ? settings : { db: flags.db ?? spec.outputs.db ?? defaultStore(), ...settings };
}

/**
 * `gongkai run SPEC` (and `start`, which runs pipelines/fixtures.json): resolves the spec's folders,
 * globs and URL lists (downloads kept by hash under the run folder, named by their URL), ingests them
 * into the store, then writes the report and the export the spec names. Flags win over the spec, the
 * spec over the defaults.
 */
export async function runCommand(specFile: string, flags: RunFlags, opts: { failedIsError: boolean }): Promise<number> {
  const loaded = await loadPipelineSpec(specFile);
  if ('error' in loaded) throw new UsageError(loaded.error);
  return runSpecCommand(loaded.spec, flags, { ...opts, command: 'run' });
}

/**
 * Runs a validated spec (pipeline/run-spec.ts) and prints what it does. A bad flag is a usage error
 * (2) before anything is fetched; so is a spec naming a path that does not exist. A URL that fails
 * (a 404, a timeout) is an error for that source: the run goes on and exits 3, as it does when a
 * document could not be read; when nothing at all could be read it exits 4. Files in folders that
 * are not disclosures are skipped and counted, and change nothing.
 */
export async function runSpecCommand(spec: PipelineSpec, flags: RunFlags, opts: { failedIsError: boolean; command: string }): Promise<number> {
  const options = runOptions(spec, flags);
  if (typeof options === 'string') throw new UsageError(options);
  const w = `gongkai ${opts.command}`;
  // With --json the ingest's summary is stdout; everything else goes to stderr.
  const out = flags.json ? process.stderr : process.stdout;
  let onDocument: ((e: BatchEvent) => void) | null = null;
  const run = await runSpec(spec, options, { report: writeReport, export: exportStore }, (e) => {
    if (e.kind === 'resolved') for (const d of e.sources.diagnostics) process.stderr.write(`${w}: ${d.severity} ${d.code}: ${d.source}: ${d.message}\n`);
    else if (e.kind === 'crawl-request') {
      const line = crawlRequestLine(e.request);
      if (line) process.stderr.write(`${line}\n`);
    } else if (e.kind === 'crawled') out.write(`${crawlSummaryText(e.crawl)}\n`);
    else if (e.kind === 'ingesting') {
      const urls = urlsLine(e.sources);
      if (urls) out.write(`${urls}\n`);
      onDocument = documentLines(out);
    } else if (e.kind === 'document') onDocument?.(e.event);
    else if (e.kind === 'ingested') writeSummary(e, options.db, flags.json ?? false);
    else if (e.kind === 'discoveries') {
      out.write(`${discoveriesLine(e.discoveries)}\n`);
      for (const l of mismatchLines(e.discoveries)) process.stderr.write(`${l}\n`);
    } else if (e.kind === 'report') process.stdout.write(`${reportLine(e.written)}\n`);
    else process.stdout.write(exportText(e.written, e.dir));
  });
  if (run.kind === 'missing')
    throw new UsageError(
      `the spec names ${run.missing.length === 1 ? 'a source that is' : `${run.missing.length} sources that are`} not there: ${run.missing.join(', ')}`,
    );
  const failedSources = run.failedSources.length;
  if (failedSources && run.read === 0) {
    process.stderr.write(`${w}: nothing could be read: ${failedSources === 1 ? 'the only source' : `all ${failedSources} sources`} failed (see above)\n`);
    return opts.failedIsError ? 4 : 0;
  }
  if (failedSources) process.stderr.write(`${w}: ${failedSources} source${failedSources === 1 ? '' : 's'} failed (see above); the rest was read\n`);
  const code = run.unreadable > 0 ? 3 : run.failOnFound ? 1 : 0;
  // `start` runs the fixtures, which include files that fail on purpose: those are reported, not an error of the run.
  if (!opts.failedIsError) return code === 3 ? 0 : code;
  return failedSources && code === 0 ? 3 : code;
}
