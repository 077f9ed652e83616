import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { RobotsRules, robotsUrlOf } from '../../sources/crawl/robots.js';
import type { UrlResult } from '../../sources/url-types.js';
import { crawlUrl, forgetBody, knowUrl, recordVisit } from '../../store/crawl.js';
import type { Db } from '../../store/db.js';

/** RFC 9309 §2.4: a robots.txt may be reused for up to 24 hours. */
export const ROBOTS_MAX_AGE_MS = 24 * 3600 * 1000;

export interface RobotsContext {
  db: Db;
  crawl: string;
  runId: number;
  downloads: string;
  userAgent: string;
  /** Fetches one URL through the crawl's fetcher (its limiter, its conditional requests). */
  fetch: (url: string) => Promise<UrlResult>;
  /** Called with the Crawl-delay a host's robots.txt states, in seconds. */
  crawlDelay: (host: string, seconds: number) => void;
  now: () => Date;
}

async function kept(downloads: string, file: string | null): Promise<string | null> {
  if (!file) return null;
  try {
    return await readFile(path.join(downloads, file), 'utf8');
  } catch {
    return null;
  }
}

/** The rules of an origin: read again when the last copy is older than a day, else the stored copy. */
async function load(ctx: RobotsContext, origin: URL): Promise<RobotsRules> {
  const url = robotsUrlOf(origin);
  const now = ctx.now();
  const row = crawlUrl(ctx.db, ctx.crawl, url);
  if (row?.state === 'done' && row.checked_at && now.getTime() - Date.parse(row.checked_at) < ROBOTS_MAX_AGE_MS) {
    if (row.file === null) return RobotsRules.none(`HTTP ${row.http_status}: no robots.txt (read ${row.checked_at})`);
    const text = await kept(ctx.downloads, row.file);
    if (text !== null) return RobotsRules.parsed(url, text);
  }
  if (!row) knowUrl(ctx.db, ctx.crawl, { url, role: 'robots', depth: 0, foundOn: null, linkText: null, listedDate: null }, now.toISOString());
  const r = await ctx.fetch(url);
  const at = ctx.now().toISOString();
  const base = { crawl: ctx.crawl, runId: ctx.runId, url, at, role: 'robots' as const, isDocument: false, queue: [], requeue: [], discoveries: [] };
  if (r.kind === 'failed') {
    // 4xx: the site has no rules (RFC 9309 §2.3.1.3); 429, 5xx or no answer: it could not say, so nothing is allowed (§2.3.1.4).
    const none = r.status !== null && r.status >= 400 && r.status < 500 && r.status !== 429;
    recordVisit(ctx.db, {
      ...base,
      outcome: 'failed',
      state: none ? 'done' : 'failed',
      answer: {
        finalUrl: r.finalUrl,
        httpStatus: r.status,
        etag: null,
        lastModified: null,
        contentType: null,
        sha256: null,
        file: null,
        bytes: null,
        format: null,
        failure: `${r.reason}: ${r.message}`,
      },
    });
    if (none) {
      // A done row without a file says "no robots.txt" to the next run.
      forgetBody(ctx.db, ctx.crawl, url);
      return RobotsRules.none(`HTTP ${r.status}: no robots.txt`);
    }
    return RobotsRules.unreachable(`robots.txt could not be read (${r.reason}: ${r.message}); nothing on ${origin.host} is requested this run`);
  }
  recordVisit(ctx.db, {
    ...base,
    outcome: r.kind,
    state: 'done',
    answer: {
      finalUrl: r.finalUrl,
      httpStatus: r.status,
      etag: r.etag,
      lastModified: r.lastModified,
      contentType: r.contentType,
      sha256: r.sha256,
      file: path.basename(r.path),
      bytes: r.bytes,
      format: null,
      failure: null,
    },
  });
  const text = await kept(ctx.downloads, path.basename(r.path));
  return text === null ? RobotsRules.unreachable('robots.txt was fetched but its copy cannot be read') : RobotsRules.parsed(url, text);
}

/** One robots.txt per origin per run, read once however many URLs ask at the same moment. */
export class RobotsCache {
  private readonly origins = new Map<string, Promise<RobotsRules>>();

  constructor(private readonly ctx: RobotsContext) {}

  rules(u: URL): Promise<RobotsRules> {
    const key = `${u.protocol}//${u.host}`;
    let p = this.origins.get(key);
    if (!p) {
      p = load(this.ctx, u).then((rules) => {
        const delay = rules.crawlDelaySeconds(this.ctx.userAgent);
        if (delay !== null) this.ctx.crawlDelay(u.host, delay);
        return rules;
      });
      this.origins.set(key, p);
    }
    return p;
  }

  /**
   * Why robots.txt keeps the crawl from `u`, or null when it may go. `unreachable`: the site could
   * not say this run (the URL stays queued for the next); otherwise it disallows the URL.
   */
  async refusal(u: URL): Promise<{ unreachable: boolean; why: string } | null> {
    const rules = await this.rules(u);
    if (rules.allows(u, this.ctx.userAgent)) return null;
    return { unreachable: !rules.reachable, why: rules.reachable ? `disallowed for ${this.ctx.userAgent} (${rules.basis})` : rules.basis };
  }
}
