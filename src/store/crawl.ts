import type { Db } from './db.js';

/** The rows of a crawl (migration 003): its queue and what it knows of each URL, its discoveries, its requests. */

export type CrawlRole = 'listing' | 'detail' | 'file' | 'robots';
export type CrawlState = 'pending' | 'done' | 'failed' | 'blocked' | 'skipped';

/** A row of crawl_urls. */
export interface CrawlUrlRow {
  id: number;
  crawl: string;
  url: string;
  role: CrawlRole;
  depth: number;
  state: CrawlState;
  found_on: string | null;
  link_text: string | null;
  listed_date: string | null;
  final_url: string | null;
  http_status: number | null;
  etag: string | null;
  last_modified: string | null;
  content_type: string | null;
  sha256: string | null;
  file: string | null;
  bytes: number | null;
  format: string | null;
  failure: string | null;
  title: string | null;
  published: string | null;
  source_line: string | null;
  is_document: 0 | 1;
  first_seen_at: string;
  checked_at: string | null;
  changed_at: string | null;
}

/** A URL to add to the queue (nothing happens when the crawl knows it already). */
export interface QueuedUrl {
  url: string;
  role: CrawlRole;
  depth: number;
  foundOn: string | null;
  linkText: string | null;
  listedDate: string | null;
}

/** A link to a document, as discoveries stores it. */
export interface DiscoveryRow {
  url: string;
  foundOn: string;
  linkText: string;
  pageTitle: string | null;
  published: string | null;
  department: string | null;
  region: string | null;
  year: number | null;
  kind: string | null;
  /** JSON: which text stated each field. */
  statedFrom: string;
  linkFormat: string | null;
}

/** What one request came to, with everything it taught the crawl; written in one transaction. */
export interface Visit {
  crawl: string;
  runId: number;
  url: string;
  /** ISO 8601 time of the request. */
  at: string;
  outcome: 'fetched' | 'not-modified' | 'failed';
  state: CrawlState;
  /** A page link that answered with a file becomes a file. */
  role: CrawlRole;
  answer: {
    finalUrl: string | null;
    httpStatus: number | null;
    etag: string | null;
    lastModified: string | null;
    contentType: string | null;
    sha256: string | null;
    file: string | null;
    bytes: number | null;
    format: string | null;
    failure: string | null;
  };
  /** What a page read now says about itself (absent: the earlier reading stands). */
  page?: { title: string | null; published: string | null; source: string | null };
  isDocument: boolean;
  queue: QueuedUrl[];
  /** Known URLs to ask again, with the listing entry's text and date as printed now. */
  requeue: { url: string; linkText: string | null; listedDate: string | null }[];
  discoveries: DiscoveryRow[];
}

export function beginCrawlRun(db: Db, crawl: string, options: Record<string, unknown>, at: string): number {
  return (
    db.prepare('INSERT INTO crawl_runs (crawl, started_at, options) VALUES (?, ?, ?) RETURNING id').get(crawl, at, JSON.stringify(options)) as { id: number }
  ).id;
}

export function endCrawlRun(db: Db, runId: number, at: string, stopped: string | null): void {
  db.prepare(
    `UPDATE crawl_runs SET ended_at = @at, stopped = @stopped,
       fetched = (SELECT count(*) FROM crawl_fetches WHERE run_id = @runId AND outcome = 'fetched'),
       not_modified = (SELECT count(*) FROM crawl_fetches WHERE run_id = @runId AND outcome = 'not-modified'),
       failed = (SELECT count(*) FROM crawl_fetches WHERE run_id = @runId AND outcome = 'failed')
     WHERE id = @runId`,
  ).run({ runId, at, stopped });
}

export function crawlUrl(db: Db, crawl: string, url: string): CrawlUrlRow | undefined {
  return db.prepare('SELECT * FROM crawl_urls WHERE crawl = ? AND url = ?').get(crawl, url) as CrawlUrlRow | undefined;
}

export function crawlUrls(db: Db, crawl: string): CrawlUrlRow[] {
  return db.prepare('SELECT * FROM crawl_urls WHERE crawl = ? ORDER BY id').all(crawl) as CrawlUrlRow[];
}

/** The queue: listings first, then by depth and the order found. */
export function pendingUrls(db: Db, crawl: string): CrawlUrlRow[] {
  return db
    .prepare(
      `SELECT * FROM crawl_urls WHERE crawl = ? AND state = 'pending' AND role <> 'robots'
       ORDER BY CASE role WHEN 'listing' THEN 0 WHEN 'detail' THEN 1 ELSE 2 END, depth, id`,
    )
    .all(crawl) as CrawlUrlRow[];
}

/** Start of a run: the start pages are queued, and every listing the crawl knows is asked again. */
export function queueListings(db: Db, crawl: string, start: readonly string[], at: string): void {
  db.transaction(() => {
    const ins = db.prepare(`INSERT OR IGNORE INTO crawl_urls (crawl, url, role, depth, state, first_seen_at) VALUES (?, ?, 'listing', 0, 'pending', ?)`);
    for (const u of start) ins.run(crawl, u, at);
    db.prepare(`UPDATE crawl_urls SET state = 'pending' WHERE crawl = ? AND role = 'listing' AND state IN ('done', 'failed')`).run(crawl);
  }).immediate();
}

/** Queues known detail pages and files again: those last asked before `before` (ISO), and the URLs given. */
export function requeueKnown(db: Db, crawl: string, before: string | null, urls: readonly string[] = []): number {
  return db
    .transaction((): number => {
      let n = 0;
      if (before !== null) {
        n += db
          .prepare(
            `UPDATE crawl_urls SET state = 'pending' WHERE crawl = ? AND role IN ('detail', 'file') AND state IN ('done', 'failed', 'blocked') AND (checked_at IS NULL OR checked_at < ?)`,
          )
          .run(crawl, before).changes;
      }
      const one = db.prepare(`UPDATE crawl_urls SET state = 'pending' WHERE crawl = ? AND url = ? AND state <> 'pending'`);
      for (const u of urls) n += one.run(crawl, u).changes;
      return n;
    })
    .immediate();
}

/** Rows whose body is a document, with the file it is kept in. */
export function crawlDocuments(db: Db, crawl: string): CrawlUrlRow[] {
  return db
    .prepare(`SELECT * FROM crawl_urls WHERE crawl = ? AND is_document = 1 AND sha256 IS NOT NULL AND file IS NOT NULL ORDER BY id`)
    .all(crawl) as CrawlUrlRow[];
}

/** Which of these sha256s the store holds as documents processed by this engine version. */
export function storedShas(db: Db, shas: readonly string[], engineVersion: string): Set<string> {
  const rows = db
    .prepare(`SELECT sha256 FROM documents WHERE sha256 IN (SELECT value FROM json_each(?)) AND engine_version = ? AND retry = 0`)
    .all(JSON.stringify(shas), engineVersion) as { sha256: string }[];
  return new Set(rows.map((r) => r.sha256));
}

export function recordVisit(db: Db, v: Visit): void {
  db.transaction(() => {
    const a = v.answer;
    db.prepare(
      `INSERT INTO crawl_fetches (run_id, crawl, url, role, at, outcome, http_status, sha256, bytes, failure) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      v.runId,
      v.crawl,
      v.url,
      v.role,
      v.at,
      v.outcome,
      a.httpStatus,
      v.outcome === 'failed' ? null : a.sha256,
      v.outcome === 'failed' ? null : a.bytes,
      a.failure,
    );
    if (v.outcome === 'failed') {
      db.prepare(`UPDATE crawl_urls SET state = ?, role = ?, http_status = ?, failure = ?, checked_at = ? WHERE crawl = ? AND url = ?`).run(
        v.state,
        v.role,
        a.httpStatus,
        a.failure,
        v.at,
        v.crawl,
        v.url,
      );
    } else {
      db.prepare(
        `UPDATE crawl_urls SET state = @state, role = @role, final_url = @finalUrl, http_status = @httpStatus, etag = @etag,
           last_modified = @lastModified, content_type = @contentType,
           changed_at = CASE WHEN sha256 IS NOT @sha256 THEN @at ELSE changed_at END,
           sha256 = @sha256, file = @file, bytes = @bytes, format = @format, failure = @failure, is_document = @isDocument,
           title = CASE WHEN @hasPage THEN @title ELSE title END,
           published = CASE WHEN @hasPage THEN @published ELSE published END,
           source_line = CASE WHEN @hasPage THEN @source ELSE source_line END,
           checked_at = @at
         WHERE crawl = @crawl AND url = @url`,
      ).run({
        ...a,
        state: v.state,
        role: v.role,
        at: v.at,
        isDocument: v.isDocument ? 1 : 0,
        hasPage: v.page ? 1 : 0,
        title: v.page?.title ?? null,
        published: v.page?.published ?? null,
        source: v.page?.source ?? null,
        crawl: v.crawl,
        url: v.url,
      });
    }
    const ins = db.prepare(
      `INSERT OR IGNORE INTO crawl_urls (crawl, url, role, depth, state, found_on, link_text, listed_date, first_seen_at) VALUES (?, ?, ?, ?, 'pending', ?, ?, ?, ?)`,
    );
    for (const q of v.queue) ins.run(v.crawl, q.url, q.role, q.depth, q.foundOn, q.linkText, q.listedDate, v.at);
    const again = db.prepare(`UPDATE crawl_urls SET state = 'pending', link_text = ?, listed_date = ? WHERE crawl = ? AND url = ?`);
    for (const r of v.requeue) again.run(r.linkText, r.listedDate, v.crawl, r.url);
    const disc = db.prepare(
      `INSERT OR IGNORE INTO discoveries (crawl, url, found_on, link_text, page_title, published, stated_department, stated_region, stated_year, stated_kind, stated_from, link_format, found_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const d of v.discoveries)
      disc.run(v.crawl, d.url, d.foundOn, d.linkText, d.pageTitle, d.published, d.department, d.region, d.year, d.kind, d.statedFrom, d.linkFormat, v.at);
  }).immediate();
}

/** A URL the crawl will not ask (robots.txt disallows it), recorded so the report can say so. */
export function recordBlocked(db: Db, crawl: string, url: string, why: string, at: string): void {
  db.prepare(`UPDATE crawl_urls SET state = 'blocked', failure = ?, checked_at = ? WHERE crawl = ? AND url = ?`).run(why, at, crawl, url);
}

/** A discovery beside the stored document its URL's bytes are, for the agreement check. */
export interface DiscoveryToCheck {
  id: number;
  url: string;
  found_on: string;
  link_text: string;
  page_title: string | null;
  stated_department: string | null;
  stated_region: string | null;
  stated_year: number | null;
  stated_kind: string | null;
  stated_from: string;
  link_format: string | null;
  sha256: string;
  format: string;
  status: string;
  kind: string | null;
  department: string | null;
  year: number | null;
}

/** Discoveries whose document is stored and was not compared as it is stored now (other bytes, processed again, or unreadable then). */
export function discoveriesToCheck(db: Db, crawl: string): DiscoveryToCheck[] {
  return db
    .prepare(
      `SELECT x.id, x.url, x.found_on, x.link_text, x.page_title, x.stated_department, x.stated_region, x.stated_year, x.stated_kind, x.stated_from, x.link_format,
         d.sha256, d.format, d.status, d.kind, d.department, d.year
       FROM discoveries x
       JOIN crawl_urls u ON u.crawl = x.crawl AND u.url = x.url
       JOIN documents d ON d.sha256 = u.sha256
       WHERE x.crawl = ? AND (x.checked_sha256 IS NULL OR x.checked_sha256 <> d.sha256 OR x.agreement = 'unchecked' OR d.processed_at > x.checked_at)
       ORDER BY x.id`,
    )
    .all(crawl) as DiscoveryToCheck[];
}

export function recordAgreement(
  db: Db,
  rows: readonly { id: number; sha256: string; agreement: 'agrees' | 'mismatch' | 'unchecked'; diagnostics: string }[],
  at: string,
): void {
  db.transaction(() => {
    const up = db.prepare('UPDATE discoveries SET checked_sha256 = ?, checked_at = ?, agreement = ?, diagnostics = ? WHERE id = ?');
    for (const r of rows) up.run(r.sha256, at, r.agreement, r.diagnostics, r.id);
  }).immediate();
}

/** A row of v_discoveries. */
export interface DiscoveryView {
  crawl: string;
  url: string;
  found_on: string;
  link_text: string;
  page_title: string | null;
  published: string | null;
  stated_department: string | null;
  stated_region: string | null;
  stated_year: number | null;
  stated_kind: string | null;
  link_format: string | null;
  fetch_state: CrawlState | null;
  fetch_failure: string | null;
  format: string | null;
  sha256: string | null;
  document_kind: string | null;
  document_department: string | null;
  document_year: number | null;
  document_status: string | null;
  agreement: 'agrees' | 'mismatch' | 'unchecked' | null;
  diagnostics: string;
}

export function readDiscoveries(db: Db, crawl: string): DiscoveryView[] {
  return db.prepare('SELECT * FROM v_discoveries WHERE crawl = ? ORDER BY url, found_on, link_text').all(crawl) as DiscoveryView[];
}

/** Adds a URL to what the crawl knows (robots.txt before its first request); nothing when it is known. */
export function knowUrl(db: Db, crawl: string, q: QueuedUrl, at: string): void {
  db.prepare(
    `INSERT OR IGNORE INTO crawl_urls (crawl, url, role, depth, state, found_on, link_text, listed_date, first_seen_at) VALUES (?, ?, ?, ?, 'pending', ?, ?, ?, ?)`,
  ).run(crawl, q.url, q.role, q.depth, q.foundOn, q.linkText, q.listedDate, at);
}

/** Forgets the body kept for a URL (a robots.txt that is now a 404: the old rules no longer apply). */
export function forgetBody(db: Db, crawl: string, url: string): void {
  db.prepare('UPDATE crawl_urls SET file = NULL, sha256 = NULL, etag = NULL, last_modified = NULL WHERE crawl = ? AND url = ?').run(crawl, url);
}
