import { parsePipelineSpec } from '../pipeline/spec.js';
import { runSpecCommand, type RunFlags } from './run.js';

export interface CrawlFlags extends RunFlags {
  scope?: string[] | undefined;
  depth?: string | undefined;
  pages?: string | undefined;
  interval?: string | undefined;
  'per-host'?: string | undefined;
  budget?: string | undefined;
  'run-dir'?: string | undefined;
}

const num = (v: string | undefined, name: string, ok: (n: number) => boolean): number | undefined | string => {
  if (v === undefined) return undefined;
  const n = Number(v);
  return ok(n) ? n : `--${name} must be a number in range, not "${v}"`;
};

/**
 * `gongkai crawl URL…`: a one-off crawl of the column whose listing pages are given, as a pipeline
 * with one crawl source (its downloads in data/runs/crawl unless --run-dir says otherwise), then
 * the ingest of what it found and the comparison of each discovery with its document.
 */
export async function crawlCommand(urls: readonly string[], flags: CrawlFlags): Promise<number> {
  const depth = num(flags.depth, 'depth', (n) => Number.isInteger(n) && n >= 1);
  const pages = num(flags.pages, 'pages', (n) => Number.isInteger(n) && n >= 1);
  const interval = num(flags.interval, 'interval', (n) => n >= 0);
  const perHost = num(flags['per-host'], 'per-host', (n) => Number.isInteger(n) && n >= 1);
  const budget = num(flags.budget, 'budget', (n) => n > 0);
  for (const v of [depth, pages, interval, perHost, budget]) {
    if (typeof v === 'string') {
      process.stderr.write(`gongkai crawl: ${v}\n`);
      return 2;
    }
  }
  const source = {
    start: urls,
    scope: flags.scope?.length ? { prefixes: flags.scope } : {},
    follow: { ...(depth !== undefined ? { maxDepth: depth } : {}), ...(pages !== undefined ? { maxPages: pages } : {}) },
    http: { ...(interval !== undefined ? { minIntervalSeconds: interval } : {}), ...(perHost !== undefined ? { perHostConcurrency: perHost } : {}) },
    ...(budget !== undefined ? { timeBudgetSeconds: budget } : {}),
  };
  const parsed = parsePipelineSpec(
    { name: 'crawl', crawls: [source], outputs: { ...(flags.db ? { db: flags.db } : {}), ...(flags['run-dir'] ? { runDir: flags['run-dir'] } : {}) } },
    'gongkai crawl',
  );
  if ('error' in parsed) {
    process.stderr.write(`${parsed.error}\n`);
    return 2;
  }
  return runSpecCommand(parsed.spec, flags, { failedIsError: true, command: 'crawl' });
}
