import { loadPipelineSpec, runDirOf, runSettings, type PipelineSpec } from '../pipeline/spec.js';
import { resolveSources, SPEC_ERRORS, type ResolvedSources } from '../pipeline/resolve.js';
import { checkCrawls, runCrawls } from './crawls.js';
import { exportCommand } from './export.js';
import { ingest, ingestOptions } from './ingest.js';
import { reportCommand } from './report.js';
import { defaultStore, UsageError } from './usage.js';

export interface RunFlags {
  db?: string | undefined;
  concurrency?: string | undefined;
  timeout?: string | undefined;
  json?: boolean | undefined;
  force?: boolean | undefined;
  'fail-on'?: string | undefined;
  ocr?: boolean | undefined;
  'max-pages'?: string | undefined;
  'max-bytes'?: string | undefined;
}

/** One line on the URLs: how many were fetched, reused, failed and why (`3 URLs: 1 fetched, 2 failed (http-status 404 ×2)`). */
export function urlsLine(r: ResolvedSources): string | null {
  if (!r.urls.length) return null;
  const n = (k: string) => r.urls.filter((u) => u.kind === k).length;
  const why = new Map<string, number>();
  for (const u of r.urls)
    if (u.kind === 'failed') why.set(`${u.reason}${u.status ? ` ${u.status}` : ''}`, (why.get(`${u.reason}${u.status ? ` ${u.status}` : ''}`) ?? 0) + 1);
  const failed = n('failed');
  return `sources: ${r.urls.length} URL${r.urls.length === 1 ? '' : 's'}: ${n('fetched')} fetched, ${n('not-modified')} not modified, ${failed} failed${failed ? ` (${[...why].map(([k, v]) => `${k}${v > 1 ? ` ×${v}` : ''}`).join(', ')})` : ''}`;
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
  return runSpec(loaded.spec, flags, { ...opts, command: 'run' });
}

/**
 * Runs a validated spec: its sources, then its crawls, into the store; then the discoveries compared,
 * the report and the export. A spec naming a path that does not exist is a usage error (2). A URL
 * that fails (a 404, a timeout) is an error for that source: the run goes on and exits 3, as it does
 * when a document could not be read; when nothing at all could be read it exits 4. Files in folders
 * that are not disclosures are skipped and counted, and change nothing.
 */
export async function runSpec(spec: PipelineSpec, flags: RunFlags, opts: { failedIsError: boolean; command: string }): Promise<number> {
  const resolved = await resolveSources(spec, runDirOf(spec));
  for (const d of resolved.diagnostics) process.stderr.write(`gongkai ${opts.command}: ${d.severity} ${d.code}: ${d.source}: ${d.message}\n`);
  const specErrors = resolved.diagnostics.filter((d) => SPEC_ERRORS.has(d.code));
  if (specErrors.length)
    throw new UsageError(
      `the spec names ${specErrors.length === 1 ? 'a source that is' : `${specErrors.length} sources that are`} not there: ${specErrors.map((d) => d.source).join(', ')}`,
    );
  const failedSources = resolved.diagnostics.filter((d) => d.severity === 'error').length;
  const db = flags.db ?? spec.outputs.db ?? defaultStore();
  // With --json the ingest's summary is stdout; everything else goes to stderr.
  const out = flags.json ? process.stderr : process.stdout;
  const crawled = spec.crawls.length ? await runCrawls(spec, db, runDirOf(spec), out) : [];
  const o = ingestOptions(spec.sources, { ...flags, db }, [...resolved.files, ...crawled], runSettings(spec));
  if (typeof o === 'string') throw new UsageError(o);
  const urls = urlsLine(resolved);
  if (urls) out.write(`${urls}\n`);
  const result = await ingest(o);
  if (result.code === 2) return 2;
  if (spec.crawls.length) checkCrawls(spec, o.db, out);
  if (spec.outputs.report) {
    const r = reportCommand({ db: o.db, out: spec.outputs.report });
    if (r !== 0) return r;
  }
  if (spec.outputs.export) {
    const r = await exportCommand({ db: o.db, format: spec.outputs.export.format, out: spec.outputs.export.dir });
    if (r !== 0) return r;
  }
  const s = result.summary;
  const read = s ? s.documents - s.status.failed : 0;
  const w = `gongkai ${opts.command}`;
  if (failedSources && read === 0) {
    process.stderr.write(`${w}: nothing could be read: ${failedSources === 1 ? 'the only source' : `all ${failedSources} sources`} failed (see above)\n`);
    return opts.failedIsError ? 4 : 0;
  }
  if (failedSources) process.stderr.write(`${w}: ${failedSources} source${failedSources === 1 ? '' : 's'} failed (see above); the rest was read\n`);
  // `start` runs the fixtures, which include files that fail on purpose: those are reported, not an error of the run.
  if (!opts.failedIsError) return result.code === 3 ? 0 : result.code;
  return failedSources && result.code === 0 ? 3 : result.code;
}
