import { loadPipelineSpec, runDirOf, type PipelineSpec } from '../pipeline/spec.js';
import { resolveSources } from '../sources/resolve.js';
import { DEFAULT_DB } from '../store/db.js';
import { checkCrawls, runCrawls } from './crawls.js';
import { exportCommand } from './export.js';
import { ingestCommand, ingestOptions } from './ingest.js';
import { reportCommand } from './report.js';

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

/**
 * `gongkai run SPEC` (and `start`, which runs pipelines/fixtures.json): resolves the spec's folders,
 * globs and URL lists (downloads kept by hash under the run folder, named by their URL), ingests them
 * into the store, then writes the report and the export the spec names. Flags win over the spec, the
 * spec over the defaults. A failed URL or an empty glob is reported and the run goes on; a source that
 * does not exist is a usage error.
 */
export async function runCommand(specFile: string, flags: RunFlags, opts: { failedIsError: boolean }): Promise<number> {
  const loaded = await loadPipelineSpec(specFile);
  if ('error' in loaded) {
    process.stderr.write(`gongkai run: ${loaded.error}\n`);
    return 2;
  }
  return runSpec(loaded.spec, flags, { ...opts, command: 'run' });
}

/** Runs a validated spec: its sources, then its crawls, into the store; then the discoveries compared, the report and the export. */
export async function runSpec(spec: PipelineSpec, flags: RunFlags, opts: { failedIsError: boolean; command: string }): Promise<number> {
  const resolved = await resolveSources(spec, runDirOf(spec));
  for (const d of resolved.diagnostics) process.stderr.write(`gongkai ${opts.command}: ${d.severity} ${d.code}: ${d.source}: ${d.message}\n`);
  if (resolved.diagnostics.some((d) => d.severity === 'error')) return 2;
  const db = flags.db ?? spec.outputs.db ?? DEFAULT_DB;
  // With --json the ingest's summary is stdout; everything else goes to stderr.
  const out = flags.json ? process.stderr : process.stdout;
  const crawled = spec.crawls.length ? await runCrawls(spec, db, runDirOf(spec), out) : [];
  const o = ingestOptions(
    spec.sources,
    {
      ...flags,
      db,
      concurrency: flags.concurrency ?? (spec.concurrency === undefined ? undefined : String(spec.concurrency)),
      timeout: flags.timeout ?? (spec.limits.documentTimeoutSeconds === undefined ? undefined : String(spec.limits.documentTimeoutSeconds)),
      'max-bytes': flags['max-bytes'] ?? (spec.limits.maxDocumentBytes === undefined ? undefined : String(spec.limits.maxDocumentBytes)),
    },
    [...resolved.files, ...crawled],
  );
  if (typeof o === 'string') {
    process.stderr.write(`gongkai ${opts.command}: ${o}\n`);
    return 2;
  }
  const code = await ingestCommand(o);
  if (code === 2) return 2;
  if (spec.crawls.length) checkCrawls(spec, o.db, out);
  if (spec.outputs.report) {
    const r = reportCommand({ db: o.db, out: spec.outputs.report });
    if (r !== 0) return r;
  }
  if (spec.outputs.export) {
    const r = await exportCommand({ db: o.db, format: spec.outputs.export.format, out: spec.outputs.export.dir });
    if (r !== 0) return r;
  }
  // `start` runs the fixtures, which include files that fail on purpose: those are reported, not an error of the run.
  return opts.failedIsError ? code : code === 3 ? 0 : code;
}
