import { openStore } from '../../store/db.js';
import { checkDiscoveries, type Mismatch } from './check-discoveries.js';
import { crawlSite, type CrawlRequest, type CrawlSummary } from './crawl.js';
import { crawlName, type CrawlSource } from './spec.js';

/**
 * Runs crawls one after the other into the store at `db` (their queues, discoveries and requests);
 * `onRequest` hears every request as it is made, `onCrawled` each crawl's summary as it ends. The
 * summaries' `files` are the documents the store does not hold yet, for the ingest.
 */
export async function runCrawls(
  crawls: readonly CrawlSource[],
  o: { db: string; runDir: string; onRequest?: (r: CrawlRequest) => void; onCrawled?: (s: CrawlSummary) => void },
): Promise<CrawlSummary[]> {
  const store = openStore(o.db);
  const summaries: CrawlSummary[] = [];
  try {
    for (const source of crawls) {
      const s = await crawlSite({ db: store, source, runDir: o.runDir, ...(o.onRequest ? { onRequest: o.onRequest } : {}) });
      o.onCrawled?.(s);
      summaries.push(s);
    }
  } finally {
    store.close();
  }
  return summaries;
}

/** One crawl's discoveries compared with the documents they led to. */
export interface DiscoveriesChecked {
  crawl: string;
  checked: number;
  /** The discoveries whose document is not what the site says (`source-mismatch`). */
  mismatches: Mismatch[];
}

/** After the ingest: each crawl's discoveries compared with the documents they led to (`onChecked` hears each crawl's as it is done). */
export function checkCrawls(crawls: readonly CrawlSource[], db: string, onChecked?: (c: DiscoveriesChecked) => void): DiscoveriesChecked[] {
  const store = openStore(db);
  const out: DiscoveriesChecked[] = [];
  try {
    for (const source of crawls) {
      const c = { crawl: crawlName(source), ...checkDiscoveries(store, crawlName(source)) };
      onChecked?.(c);
      out.push(c);
    }
  } finally {
    store.close();
  }
  return out;
}
