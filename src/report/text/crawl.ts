import type { CrawlRequest, CrawlSummary } from '../../pipeline/crawl/crawl.js';
import type { DiscoveriesChecked } from '../../pipeline/crawl/run-crawls.js';

/** What one crawl did: its requests by role and outcome, what it did not follow and why, the documents it knows and found. */
export function crawlSummaryText(s: CrawlSummary): string {
  const r = s.requests;
  const total = r.listing + r.detail + r.file + r.robots;
  return [
    `crawl ${s.crawl} (run ${s.runId}): ${total} requests (${r.listing} listing, ${r.detail} detail, ${r.file} file, ${r.robots} robots.txt): ${s.fetched} fetched, ${s.notModified} not modified, ${s.failed} failed in ${(s.ms / 1000).toFixed(1)} s`,
    `  ${s.blocked.length} disallowed by robots.txt${s.unasked ? `, ${s.unasked} not asked (robots.txt unreadable; queued for the next run)` : ''}, ${s.outOfScope} links out of scope, ${s.tooDeep} past the depth`,
    `  ${s.documents} documents known: ${s.newDocuments.length} new, ${s.changedDocuments.length} changed this run; ${s.files.length} to read${s.stopped ? `; stopped early (${s.stopped}): the rest stays queued for the next run` : ''}`,
  ].join('\n');
}

/** A crawl request worth a line on stderr (one that failed, one robots.txt disallowed or left unasked); null for the rest. */
export const crawlRequestLine = (q: CrawlRequest): string | null =>
  q.outcome === 'failed' || q.outcome === 'blocked' || q.outcome === 'unasked'
    ? `gongkai crawl: ${q.outcome === 'failed' ? 'warning' : 'info'} ${q.outcome} ${q.role} ${q.url}: ${q.detail}`
    : null;

/** A crawl's discoveries compared with their documents: the count on one line, then a warning line for each mismatch. */
export const discoveriesLine = (c: DiscoveriesChecked): string =>
  `discoveries of ${c.crawl}: ${c.checked} compared with their documents, ${c.mismatches.length} not what the site says`;

export const mismatchLines = (c: DiscoveriesChecked): string[] =>
  c.mismatches.map((m) => `gongkai crawl: warning source-mismatch: ${m.diagnostic.message} (found on ${m.foundOn})`);
