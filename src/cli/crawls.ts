import { checkDiscoveries } from '../pipeline/crawl/check-discoveries.js';
import { crawlSite, type CrawlSummary } from '../pipeline/crawl/crawl.js';
import { crawlName } from '../pipeline/crawl/spec.js';
import type { PipelineSpec } from '../pipeline/spec.js';
import type { ResolvedFile } from '../pipeline/resolve.js';
import { openStore } from '../store/db.js';

export function crawlSummaryText(s: CrawlSummary): string {
  const r = s.requests;
  const total = r.listing + r.detail + r.file + r.robots;
  return [
    `crawl ${s.crawl} (run ${s.runId}): ${total} requests (${r.listing} listing, ${r.detail} detail, ${r.file} file, ${r.robots} robots.txt): ${s.fetched} fetched, ${s.notModified} not modified, ${s.failed} failed in ${(s.ms / 1000).toFixed(1)} s`,
    `  ${s.blocked.length} disallowed by robots.txt${s.unasked ? `, ${s.unasked} not asked (robots.txt unreadable; queued for the next run)` : ''}, ${s.outOfScope} links out of scope, ${s.tooDeep} past the depth`,
    `  ${s.documents} documents known: ${s.newDocuments.length} new, ${s.changedDocuments.length} changed this run; ${s.files.length} to read${s.stopped ? `; stopped early (${s.stopped}): the rest stays queued for the next run` : ''}`,
  ].join('\n');
}

/**
 * Runs a spec's crawls into the store at `db` (their queues, discoveries and requests), printing a
 * summary of each; returns the documents the store does not hold yet, for the ingest.
 */
export async function runCrawls(spec: PipelineSpec, db: string, runDir: string, out: NodeJS.WritableStream): Promise<ResolvedFile[]> {
  const store = openStore(db);
  const files: ResolvedFile[] = [];
  try {
    for (const source of spec.crawls) {
      const s = await crawlSite({
        db: store,
        source,
        runDir,
        onRequest: (q) => {
          if (q.outcome === 'failed' || q.outcome === 'blocked' || q.outcome === 'unasked')
            process.stderr.write(`gongkai crawl: ${q.outcome === 'failed' ? 'warning' : 'info'} ${q.outcome} ${q.role} ${q.url}: ${q.detail}\n`);
        },
      });
      out.write(crawlSummaryText(s) + '\n');
      files.push(...s.files);
    }
  } finally {
    store.close();
  }
  return files;
}

/** After the ingest: each crawl's discoveries compared with the documents they led to; mismatches printed as warnings. */
export function checkCrawls(spec: PipelineSpec, db: string, out: NodeJS.WritableStream): number {
  const store = openStore(db);
  let n = 0;
  try {
    for (const source of spec.crawls) {
      const { checked, mismatches } = checkDiscoveries(store, crawlName(source));
      out.write(`discoveries of ${crawlName(source)}: ${checked} compared with their documents, ${mismatches.length} not what the site says\n`);
      for (const m of mismatches) process.stderr.write(`gongkai crawl: warning source-mismatch: ${m.diagnostic.message} (found on ${m.foundOn})\n`);
      n += mismatches.length;
    }
  } finally {
    store.close();
  }
  return n;
}
