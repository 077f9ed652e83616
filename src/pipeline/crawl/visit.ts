import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileLink, fileResponse, type AttachmentRules } from '../../sources/crawl/attachment.js';
import { readPage, type PageReading } from '../../sources/crawl/page.js';
import { hostInScope, pageInScope, type CrawlScope } from '../../sources/crawl/scope.js';
import type { UrlResult } from '../../sources/url-types.js';
import type { CrawlRole, CrawlUrlRow, DiscoveryRow, Visit } from '../../store/crawl.js';
import { statedBy } from './stated.js';

/** What the visit of one URL needs to know about the crawl. */
export interface VisitContext {
  crawl: string;
  runId: number;
  scope: CrawlScope;
  rules: AttachmentRules;
  listing: RegExp;
  maxDepth: number;
  /** The crawl's row for a URL, if it knows it. */
  known: (url: string) => CrawlUrlRow | undefined;
  /** URLs asked in this run (not asked again in it). */
  asked: ReadonlySet<string>;
}

/** Links a page reading left aside, for the run's summary. */
export interface LinkTally {
  outOfScope: Set<string>;
  tooDeep: Set<string>;
}

/** The page that presents a document: its title, printed date and source line. */
interface Presenter {
  title: string | null;
  published: string | null;
  source: string | null;
}

function discovery(url: string, foundOn: string, linkText: string, page: Presenter, linkFormat: string | null): DiscoveryRow {
  const s = statedBy({ link: linkText, title: page.title, source: page.source });
  return {
    url,
    foundOn,
    linkText,
    pageTitle: page.title,
    published: page.published,
    department: s.department,
    region: s.region,
    year: s.year,
    kind: s.kind,
    statedFrom: JSON.stringify(s.from),
    linkFormat,
  };
}

/** The discovery of a document by the first link that led to it, presented by the page that link is on. */
function firstLinkDiscovery(ctx: VisitContext, row: CrawlUrlRow, self: Presenter | null): DiscoveryRow {
  const foundOn = row.found_on ?? row.url;
  const on = ctx.known(foundOn);
  const page: Presenter = self ?? { title: on?.title ?? null, published: on?.published ?? row.listed_date, source: on?.source_line ?? null };
  const format = fileLink(new URL(row.url), row.link_text ?? '', ctx.rules)?.extension ?? null;
  return discovery(row.url, foundOn, row.link_text ?? '', { ...page, published: page.published ?? row.listed_date }, format);
}

const isDocumentRow = (r: CrawlUrlRow | undefined): boolean => r?.is_document === 1;

/** Everything a page's links add to the crawl: new URLs, listing entries that changed, links to documents. */
function followLinks(
  ctx: VisitContext,
  row: CrawlUrlRow,
  reading: PageReading,
  changed: boolean,
  tally: LinkTally,
): Pick<Visit, 'queue' | 'requeue' | 'discoveries'> {
  const out: Pick<Visit, 'queue' | 'requeue' | 'discoveries'> = { queue: [], requeue: [], discoveries: [] };
  const presenter: Presenter = { title: reading.title, published: reading.published ?? row.listed_date, source: reading.source };
  const seen = new Set<string>([row.url]);
  const links = [...reading.links, ...reading.pager.map((url) => ({ url, text: '', date: null }))];
  for (const l of links) {
    const url = l.url.href;
    const known = ctx.known(url);
    const file = fileLink(l.url, l.text, ctx.rules);
    if (file) {
      if (!hostInScope(l.url, ctx.scope)) {
        tally.outOfScope.add(url);
        continue;
      }
      if (!seen.has(url)) {
        seen.add(url);
        if (!known) out.queue.push({ url, role: 'file', depth: row.depth, foundOn: row.url, linkText: l.text, listedDate: l.date });
        // A detail page that changed may have replaced its files under the same names: ask them again, conditionally.
        else if (changed && row.role === 'detail' && known.state !== 'pending' && !ctx.asked.has(url))
          out.requeue.push({ url, linkText: known.link_text, listedDate: known.listed_date });
      }
      // A file listed on a listing is presented by its entry there: the date beside it is its date.
      const by = row.role === 'listing' ? { ...presenter, published: l.date } : presenter;
      if (file.extension !== null || isDocumentRow(known)) out.discoveries.push(discovery(url, row.url, l.text, by, file.extension));
      continue;
    }
    if (!pageInScope(l.url, ctx.scope)) {
      tally.outOfScope.add(url);
      continue;
    }
    if (seen.has(url)) continue;
    seen.add(url);
    if (ctx.listing.test(l.url.pathname)) {
      if (!known) out.queue.push({ url, role: 'listing', depth: 0, foundOn: row.url, linkText: l.text || null, listedDate: l.date });
      continue;
    }
    const depth = row.role === 'listing' ? 1 : row.depth + 1;
    if (!known) {
      if (depth > ctx.maxDepth) tally.tooDeep.add(url);
      else out.queue.push({ url, role: 'detail', depth, foundOn: row.url, linkText: l.text, listedDate: l.date });
      continue;
    }
    // A listing that prints another title or date for an entry: the entry's page is asked again (conditionally).
    const relisted =
      row.role === 'listing' && known.role === 'detail' && (l.text !== (known.link_text ?? '') || (l.date !== null && l.date !== known.listed_date));
    if (relisted && known.state !== 'pending' && !ctx.asked.has(url)) out.requeue.push({ url, linkText: l.text, listedDate: l.date ?? known.listed_date });
    if (isDocumentRow(known))
      out.discoveries.push(discovery(url, row.url, l.text, { title: known.title, published: known.published ?? l.date, source: known.source_line }, null));
  }
  return out;
}

const noAnswer = { finalUrl: null, etag: null, lastModified: null, contentType: null, sha256: null, file: null, bytes: null, format: null } as const;

/**
 * What one answer teaches the crawl, as the Visit the store writes in one transaction: the row's new
 * state, the page's links (queued, or re-queued when a listing entry changed), and the documents
 * found — a file, a page link that answered with a file, a detail page whose body is the disclosure,
 * and an HTML page served for a link that promised a file (kept as a document: what it really is
 * shows once it is parsed).
 */
export async function visitOf(ctx: VisitContext, row: CrawlUrlRow, r: UrlResult, at: string, tally: LinkTally): Promise<Visit> {
  // `at`: when the answer came (the time a version of the URL was fetched).
  const base = { crawl: ctx.crawl, runId: ctx.runId, url: row.url, at, queue: [], requeue: [], discoveries: [] };
  if (r.kind === 'failed') {
    const refused = r.reason === 'refused';
    return {
      ...base,
      outcome: 'failed',
      state: refused ? 'skipped' : 'failed',
      role: row.role,
      isDocument: row.is_document === 1,
      answer: { ...noAnswer, finalUrl: r.finalUrl, httpStatus: r.status, failure: `${r.reason}: ${r.message}` },
    };
  }
  const format = path.extname(r.path).slice(1);
  const answer = {
    finalUrl: r.finalUrl,
    httpStatus: r.status,
    etag: r.etag,
    lastModified: r.lastModified,
    contentType: r.contentType,
    sha256: r.sha256,
    file: path.basename(r.path),
    bytes: r.bytes,
    format,
    failure: null,
  };
  // Not modified: what the page led to was recorded with its last download.
  if (r.kind === 'not-modified') return { ...base, outcome: 'not-modified', state: 'done', role: row.role, isDocument: row.is_document === 1, answer };

  const changed = row.sha256 !== null && row.sha256 !== r.sha256;
  const isFile = fileResponse(format, r.contentDisposition);
  const fetched = { ...base, outcome: 'fetched' as const, answer };
  if (row.role === 'file') {
    const promised = fileLink(new URL(row.url), row.link_text ?? '', ctx.rules)?.extension ?? null;
    if (!isFile && promised === null) {
      return {
        ...fetched,
        state: 'skipped',
        role: 'file',
        isDocument: false,
        answer: { ...answer, failure: 'announced as a file by its link text, answered with a page' },
      };
    }
    return { ...fetched, state: 'done', role: 'file', isDocument: true, discoveries: [firstLinkDiscovery(ctx, row, null)] };
  }
  if (isFile) return { ...fetched, state: 'done', role: 'file', isDocument: true, discoveries: [firstLinkDiscovery(ctx, row, null)] };

  const finalUrl = new URL(r.finalUrl);
  if (!pageInScope(finalUrl, ctx.scope)) {
    return {
      ...fetched,
      state: 'skipped',
      role: row.role,
      isDocument: false,
      answer: { ...answer, failure: `redirected out of the crawl's scope to ${r.finalUrl}` },
    };
  }
  const reading = readPage(await readFile(r.path), finalUrl);
  const page = { title: reading.title, published: reading.published, source: reading.source };
  const links = followLinks(ctx, row, reading, changed, tally);
  const inline = row.role === 'detail' && reading.dataTables > 0;
  if (inline) links.discoveries.push(firstLinkDiscovery(ctx, row, { ...page, published: page.published ?? row.listed_date }));
  return { ...fetched, ...links, state: 'done', role: row.role as CrawlRole, isDocument: inline, page };
}
