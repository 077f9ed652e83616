import { stat } from 'node:fs/promises';
import path from 'node:path';
import PQueue from 'p-queue';
import type { ResolvedFile } from '../resolve.js';
import { fetchSettings, runPaths } from '../resolve.js';
import { scopeOf, hostInScope } from '../../sources/crawl/scope.js';
import type { CacheEntry, UrlCache } from '../../sources/url-cache.js';
import { fetchUrls } from '../../sources/url-fetch.js';
import { HostLimiter } from '../../sources/url-limiter.js';
import type { UrlResult } from '../../sources/url-types.js';
import {
  beginCrawlRun,
  crawlDocuments,
  crawlUrl,
  endCrawlRun,
  pendingUrls,
  queueListings,
  recordBlocked,
  recordVisit,
  requeueKnown,
  storedShas,
  type CrawlRole,
  type CrawlUrlRow,
} from '../../store/crawl.js';
import type { Db } from '../../store/db.js';
import { ENGINE_VERSION } from '../version.js';
import { RobotsCache } from './robots-cache.js';
import { crawlName, type CrawlSource } from './spec.js';
import { visitOf, type LinkTally, type VisitContext } from './visit.js';

/** One request the crawl made, as it happened (for progress lines). */
export interface CrawlRequest {
  url: string;
  role: CrawlRole;
  /** `blocked`: robots.txt disallows it; `unasked`: robots.txt could not be read, so nothing was asked (the URL stays queued). */
  outcome: UrlResult['kind'] | 'blocked' | 'unasked';
  status: number | null;
  detail: string | null;
}

export interface CrawlSummary {
  crawl: string;
  runId: number;
  /** Requests made this run, by role (robots.txt included). */
  requests: Record<CrawlRole, number>;
  fetched: number;
  notModified: number;
  failed: number;
  /** URLs robots.txt kept the crawl from. */
  blocked: string[];
  /** URLs left queued because their site's robots.txt could not be read this run. */
  unasked: number;
  /** Distinct links the crawl did not follow: off the hosts or out of the column, and past the depth. */
  outOfScope: number;
  tooDeep: number;
  /** Document URLs the crawl knows, and those fetched with new bytes this run (first seen, or changed). */
  documents: number;
  newDocuments: string[];
  changedDocuments: string[];
  /** Why the run stopped with requests still queued; null when its queue emptied. */
  stopped: 'time-budget' | 'page-cap' | null;
  /** Documents the store does not hold yet (this engine version): the ingest's input. */
  files: ResolvedFile[];
  ms: number;
}

export interface CrawlOptions {
  db: Db;
  source: CrawlSource;
  /** The run folder: downloads are kept in its `downloads/` by sha256. */
  runDir: string;
  engineVersion?: string;
  onRequest?: (r: CrawlRequest) => void;
}

const isPage = (r: CrawlUrlRow): boolean => r.role === 'listing' || r.role === 'detail';

/** The conditional-request validators of a URL, from the crawl's rows. */
function storeCache(db: Db, crawl: string): Pick<UrlCache, 'get' | 'set'> {
  return {
    get: (url: string): CacheEntry | undefined => {
      const r = crawlUrl(db, crawl, url);
      if (!r || !r.sha256 || !r.file || r.bytes === null) return undefined;
      return {
        url,
        finalUrl: r.final_url ?? url,
        etag: r.etag,
        lastModified: r.last_modified,
        sha256: r.sha256,
        file: r.file,
        bytes: r.bytes,
        contentType: r.content_type,
        fetchedAt: r.changed_at ?? '',
      };
    },
    // The visit writes the validators with everything else the answer taught, in one transaction.
    set: () => undefined,
  };
}

const exists = (p: string): Promise<boolean> =>
  stat(p).then(
    () => true,
    () => false,
  );

/**
 * Crawls a site's 预决算公开 column: the listing pages (asked every run, conditionally), each new
 * entry's detail page, the files those link, as far as the scope, depth, page cap and time budget
 * allow, obeying robots.txt and the per-host interval and concurrency of the fetcher. Every answer
 * is written with what it taught (links queued, discoveries) in one transaction, so a run killed at
 * any point loses nothing and the next run resumes its queue. Never throws for a bad page.
 */
export async function crawlSite(o: CrawlOptions): Promise<CrawlSummary> {
  const started = performance.now();
  const { db, source } = o;
  const crawl = crawlName(source);
  const settings = fetchSettings(source.http);
  const { downloads } = runPaths(o.runDir);
  const nowIso = (): string => new Date().toISOString();
  const runId = beginCrawlRun(
    db,
    crawl,
    { start: source.start, scope: source.scope, follow: source.follow, http: source.http, timeBudgetSeconds: source.timeBudgetSeconds },
    nowIso(),
  );
  const scope = scopeOf(source.start, source.scope);
  const limiter = new HostLimiter(settings.perHostConcurrency, settings.minIntervalMs);
  const cache = storeCache(db, crawl);
  const deadline = started + source.timeBudgetSeconds * 1000;
  const asked = new Set<string>();
  const requests: Record<CrawlRole, number> = { listing: 0, detail: 0, file: 0, robots: 0 };
  const counts = { fetched: 0, notModified: 0, failed: 0 };
  const blocked: string[] = [];
  let unasked = 0;
  const tally: LinkTally = { outOfScope: new Set(), tooDeep: new Set() };
  const newDocuments: string[] = [];
  const changedDocuments: string[] = [];

  const count = (role: CrawlRole, r: UrlResult): void => {
    requests[role]++;
    if (r.kind === 'fetched') counts.fetched++;
    else if (r.kind === 'not-modified') counts.notModified++;
    else counts.failed++;
    o.onRequest?.({ url: r.url, role, outcome: r.kind, status: r.status, detail: r.kind === 'failed' ? `${r.reason}: ${r.message}` : null });
  };
  const robots: RobotsCache = new RobotsCache({
    db,
    crawl,
    runId,
    downloads,
    userAgent: settings.userAgent,
    now: () => new Date(),
    crawlDelay: (host, seconds) => limiter.slowDown(host, seconds * 1000),
    fetch: async (url) => {
      const [r] = await fetchUrls([url], {
        settings,
        dir: downloads,
        cache,
        limiter,
        follow: (next) => (hostInScope(next, scope) ? null : 'robots.txt redirected off the crawl’s hosts'),
      });
      count('robots', r!);
      return r!;
    },
  });
  const ctx: VisitContext = {
    crawl,
    runId,
    scope,
    rules: source.attachments,
    listing: new RegExp(source.follow.listing),
    maxDepth: source.follow.maxDepth,
    known: (url) => crawlUrl(db, crawl, url),
    asked,
  };

  queueListings(db, crawl, source.start, nowIso());
  const staleBefore = new Date(Date.now() - source.recheckAfterDays * 86_400_000).toISOString();
  // A document whose kept copy is gone before it was stored is downloaded again.
  const lost: string[] = [];
  const docs = crawlDocuments(db, crawl);
  const stored = storedShas(
    db,
    docs.map((d) => d.sha256!),
    o.engineVersion ?? ENGINE_VERSION,
  );
  for (const d of docs) if (!stored.has(d.sha256!) && !(await exists(path.join(downloads, d.file!)))) lost.push(d.url);
  requeueKnown(db, crawl, staleBefore, lost);

  const visit = async (row: CrawlUrlRow): Promise<void> => {
    if (performance.now() >= deadline) return;
    const url = new URL(row.url);
    const refusal = await robots.refusal(url);
    if (refusal !== null) {
      // Disallowed: recorded, not asked. robots.txt unreadable: left queued for a run when the site can say.
      if (!refusal.unreachable) {
        recordBlocked(db, crawl, row.url, refusal.why, nowIso());
        blocked.push(row.url);
      } else unasked++;
      o.onRequest?.({ url: row.url, role: row.role, outcome: refusal.unreachable ? 'unasked' : 'blocked', status: null, detail: refusal.why });
      return;
    }
    const [r] = await fetchUrls([row.url], {
      settings,
      dir: downloads,
      cache,
      limiter,
      follow: async (next) => (hostInScope(next, scope) ? ((await robots.refusal(next))?.why ?? null) : `${next.host} is not a host of the crawl`),
    });
    count(row.role, r!);
    const v = await visitOf(ctx, row, r!, nowIso(), tally);
    recordVisit(db, v);
    if (v.outcome === 'fetched' && v.isDocument) {
      if (row.sha256 === null) newDocuments.push(row.url);
      else if (row.sha256 !== v.answer.sha256) changedDocuments.push(row.url);
    }
  };

  const queue = new PQueue({ concurrency: Math.max(4, settings.perHostConcurrency * 2) });
  let pagesAsked = 0;
  let stopped: CrawlSummary['stopped'] = null;
  // Waves: what one wave's answers queue is asked by the next; each URL at most once a run.
  for (;;) {
    const wave = pendingUrls(db, crawl).filter((r) => !asked.has(r.url));
    if (!wave.length) break;
    for (const row of wave) {
      asked.add(row.url);
      if (isPage(row)) {
        if (pagesAsked >= source.follow.maxPages) {
          stopped ??= 'page-cap';
          continue;
        }
        pagesAsked++;
      }
      void queue.add(() => visit(row));
    }
    await queue.onIdle();
    if (performance.now() >= deadline) {
      if (pendingUrls(db, crawl).length) stopped = 'time-budget';
      break;
    }
  }
  endCrawlRun(db, runId, nowIso(), stopped);

  const all = crawlDocuments(db, crawl);
  const have = storedShas(
    db,
    all.map((d) => d.sha256!),
    o.engineVersion ?? ENGINE_VERSION,
  );
  const files: ResolvedFile[] = [];
  for (const d of all) {
    const file = path.join(downloads, d.file!);
    if (!have.has(d.sha256!) && (await exists(file))) files.push({ path: file, source: d.url });
  }
  return {
    crawl,
    runId,
    requests,
    ...counts,
    blocked,
    unasked,
    outOfScope: tally.outOfScope.size,
    tooDeep: tally.tooDeep.size,
    documents: all.length,
    newDocuments,
    changedDocuments,
    stopped,
    files,
    ms: performance.now() - started,
  };
}
