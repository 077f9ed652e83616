import { randomUUID } from 'node:crypto';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sha256 } from './file.js';
import type { CacheEntry, UrlCache } from './url-cache.js';
import { HostLimiter } from './url-limiter.js';
import { requestOnce } from './url-request.js';
import { extensionFor } from './url-sniff.js';
import type { FetchSettings, UrlFailed, UrlResult } from './url-types.js';

export interface FetchContext {
  readonly settings: FetchSettings;
  /** Where bodies are kept, as `<sha256>.<ext>`. */
  readonly dir: string;
  /** The validators of earlier downloads: a run folder's index, or a crawl's rows in the store. */
  readonly cache: Pick<UrlCache, 'get' | 'set'>;
  /** Shared across calls to keep one host's interval between URL groups; made from `settings` when absent. */
  readonly limiter?: HostLimiter;
  /**
   * Asked before each redirect is followed: a reason not to (a crawl's scope, robots.txt) makes the
   * URL fail as `refused` without a request to the new location.
   */
  readonly follow?: (next: URL) => string | null | Promise<string | null>;
}

const failed = (url: string, finalUrl: string | null, reason: UrlFailed['reason'], message: string, status: number | null = null): UrlFailed => ({
  kind: 'failed',
  url,
  finalUrl,
  reason,
  status,
  message,
});

/**
 * The previous download of a URL, when its file is still there at the size the index says. (Files
 * are written under their hash by rename, so a size check suffices; hashing every kept file before
 * each run's requests would read the whole download folder at once. The batch hashes what it reads.)
 */
async function usablePrior(entry: CacheEntry | undefined, dir: string): Promise<CacheEntry | null> {
  if (!entry || (entry.etag === null && entry.lastModified === null)) return null;
  try {
    return (await stat(path.join(dir, entry.file))).size === entry.bytes ? entry : null;
  } catch {
    return null;
  }
}

/** Keeps a body under its hash (write, then rename: a crash never leaves a half file under a good name). */
async function keep(dir: string, body: Uint8Array, contentType: string | null): Promise<{ hash: string; file: string }> {
  const hash = sha256(body);
  const file = `${hash}.${extensionFor(body, contentType)}`;
  const target = path.join(dir, file);
  const exists = await stat(target).then(
    (st) => st.size === body.byteLength,
    () => false,
  );
  if (!exists) {
    await mkdir(dir, { recursive: true });
    // Unique per write: two URLs with the same bytes may be kept at the same moment.
    const tmp = path.join(dir, `.${hash}.${randomUUID()}.tmp`);
    await writeFile(tmp, body);
    await rename(tmp, target);
  }
  return { hash, file };
}

/** Fetches one URL: follows redirects (http and https only), asks conditionally when a previous copy exists. */
async function fetchOne(raw: string, ctx: FetchContext, limiter: HostLimiter): Promise<UrlResult> {
  let current: URL;
  try {
    current = new URL(raw);
  } catch {
    return failed(raw, null, 'bad-url', `not an absolute URL: ${JSON.stringify(raw)}`);
  }
  if (current.protocol !== 'http:' && current.protocol !== 'https:') {
    return failed(raw, null, 'scheme', `only http and https URLs are fetched, not ${current.protocol}`);
  }
  const prior = await usablePrior(ctx.cache.get(raw), ctx.dir);
  const headers: Record<string, string> = { 'user-agent': ctx.settings.userAgent, accept: '*/*' };
  if (prior?.etag) headers['if-none-match'] = prior.etag;
  if (prior?.lastModified) headers['if-modified-since'] = prior.lastModified;

  for (let redirects = 0; ; redirects++) {
    const url = current;
    const hop = await limiter.run(url.host, (responded) => requestOnce(url, headers, ctx.settings, responded));
    const finalUrl = url.href;
    switch (hop.kind) {
      case 'failed':
        return failed(raw, finalUrl, hop.reason, hop.message, hop.status);
      case 'redirect': {
        if (hop.location === null) return failed(raw, finalUrl, 'http-status', `HTTP ${hop.status} redirect without a Location`, hop.status);
        if (redirects >= ctx.settings.maxRedirects) {
          return failed(raw, finalUrl, 'too-many-redirects', `more than ${ctx.settings.maxRedirects} redirects`, hop.status);
        }
        let next: URL;
        try {
          next = new URL(hop.location, url);
        } catch {
          return failed(raw, finalUrl, 'http-status', `HTTP ${hop.status} redirect to an unusable Location ${JSON.stringify(hop.location)}`, hop.status);
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          return failed(raw, finalUrl, 'scheme', `redirected to ${next.protocol} (only http and https are followed)`, hop.status);
        }
        const refusal = (await ctx.follow?.(next)) ?? null;
        if (refusal !== null) return failed(raw, finalUrl, 'refused', `redirected to ${next.href}, not followed: ${refusal}`, hop.status);
        current = next;
        continue;
      }
      case 'not-modified': {
        if (!prior) return failed(raw, finalUrl, 'http-status', 'HTTP 304 to a request that was not conditional', 304);
        return {
          kind: 'not-modified',
          url: raw,
          finalUrl,
          status: 304,
          // A 304 may carry a fresh validator; keep the old one when it does not.
          etag: hop.headers.get('etag') ?? prior.etag,
          lastModified: hop.headers.get('last-modified') ?? prior.lastModified,
          contentType: prior.contentType,
          sha256: prior.sha256,
          bytes: prior.bytes,
          path: path.join(ctx.dir, prior.file),
          duplicateOf: null,
        };
      }
      case 'ok': {
        const contentType = hop.headers.get('content-type');
        let kept;
        try {
          kept = await keep(ctx.dir, hop.body, contentType);
        } catch (e) {
          return failed(raw, finalUrl, 'write', `cannot keep the download: ${(e as Error).message}`, hop.status);
        }
        return {
          kind: 'fetched',
          url: raw,
          finalUrl,
          status: hop.status,
          etag: hop.headers.get('etag'),
          lastModified: hop.headers.get('last-modified'),
          contentType,
          contentDisposition: hop.headers.get('content-disposition'),
          sha256: kept.hash,
          bytes: hop.body.byteLength,
          path: path.join(ctx.dir, kept.file),
          duplicateOf: null,
        };
      }
    }
  }
}

/**
 * Fetches every URL (per-host limits apply across them) and updates the cache index in memory
 * (the caller saves it). Results are in the order of `urls`; a later URL whose bytes equal an
 * earlier one's is marked `duplicateOf` it. Never throws for a URL.
 */
export async function fetchUrls(urls: readonly string[], ctx: FetchContext): Promise<UrlResult[]> {
  const limiter = ctx.limiter ?? new HostLimiter(ctx.settings.perHostConcurrency, ctx.settings.minIntervalMs);
  const results = await Promise.all(urls.map((u) => fetchOne(u, ctx, limiter)));
  const firstBySha = new Map<string, string>();
  const now = new Date().toISOString();
  return results.map((r) => {
    if (r.kind === 'failed') return r;
    const entry: CacheEntry = {
      url: r.url,
      finalUrl: r.finalUrl,
      etag: r.etag,
      lastModified: r.lastModified,
      sha256: r.sha256,
      file: path.basename(r.path),
      bytes: r.bytes,
      contentType: r.contentType,
      fetchedAt: r.kind === 'fetched' ? now : (ctx.cache.get(r.url)?.fetchedAt ?? now),
    };
    ctx.cache.set(entry);
    const first = firstBySha.get(r.sha256);
    if (first === undefined) {
      firstBySha.set(r.sha256, r.url);
      return r;
    }
    return { ...r, duplicateOf: first };
  });
}
