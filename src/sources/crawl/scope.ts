/**
 * Where a crawl may go. Pages (listings and detail pages) must be on a host in scope and under one
 * of the path prefixes: a site's 预决算公开 column lives under one folder (`/zwgk/czyjs/`), and the
 * home page, other columns and other bodies' pages are outside it — the crawlers that matched links
 * by keyword saved exactly those. Attachments need only a host in scope: content systems keep files
 * outside the column (`/module/download/downfile.jsp?…`, `/uploadfiles/…`).
 */
export interface CrawlScope {
  /** `URL.host` values (host and port) a crawl may request. */
  readonly hosts: ReadonlySet<string>;
  /** Path prefixes pages must start with (`/zwgk/czyjs/`). */
  readonly prefixes: readonly string[];
}

/** The folder a start page is in: `/zwgk/czyjs/index.html` → `/zwgk/czyjs/`. */
export const folderOf = (u: URL): string => u.pathname.replace(/[^/]*$/, '');

/**
 * The scope of a crawl: the hosts given, else the start pages' hosts; the path prefixes given (a
 * path, or a URL whose host joins the scope), else the start pages' folders.
 */
export function scopeOf(start: readonly string[], given: { hosts?: readonly string[] | undefined; prefixes?: readonly string[] | undefined } = {}): CrawlScope {
  const starts = start.map((s) => new URL(s));
  const hosts = new Set(given.hosts?.length ? given.hosts.map((h) => h.toLowerCase()) : starts.map((u) => u.host));
  const prefixes: string[] = [];
  for (const p of given.prefixes ?? []) {
    if (/^https?:\/\//i.test(p)) {
      const u = new URL(p);
      hosts.add(u.host);
      prefixes.push(u.pathname);
    } else prefixes.push(p.startsWith('/') ? p : `/${p}`);
  }
  if (!prefixes.length) prefixes.push(...new Set(starts.map(folderOf)));
  return { hosts, prefixes };
}

/**
 * A link's target as the crawl keys it: resolved against the page, http(s) only, without the
 * fragment (`#top` is the same page). Null for `javascript:`, `mailto:` and unparsable hrefs.
 */
export function resolveLink(href: string, base: URL): URL | null {
  const h = href.trim();
  if (h === '' || h.startsWith('#')) return null;
  let u: URL;
  try {
    u = new URL(h, base);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  return u;
}

export const hostInScope = (u: URL, s: CrawlScope): boolean => s.hosts.has(u.host);

export const pageInScope = (u: URL, s: CrawlScope): boolean => hostInScope(u, s) && s.prefixes.some((p) => u.pathname.startsWith(p));
