import * as cheerio from 'cheerio';
import type { Diagnostic } from '../../model/index.js';
import { decodeHtml } from '../sniff/decode-html.js';
import { resolveLink } from './scope.js';

/** A link on a page: where it goes, its text, and the date printed beside it in a listing entry. */
export interface PageLink {
  readonly url: URL;
  /** The link's text, or its `title` attribute where a listing truncates the text (`…`). */
  readonly text: string;
  /** `YYYY-MM-DD`, printed in the same list item or table row as the link; null when none is. */
  readonly date: string | null;
}

/** What a fetched page says about itself and where it leads. */
export interface PageReading {
  /** The article's title: `<meta name="ArticleTitle">`, the first `<h1>`, else `<title>`. */
  readonly title: string | null;
  /** `YYYY-MM-DD`: `<meta name="PubDate">`, else a printed 发布时间/发布日期/日期. */
  readonly published: string | null;
  /** The publishing body the page names: `<meta name="ContentSource">`, else a printed 来源. */
  readonly source: string | null;
  readonly links: PageLink[];
  /**
   * Listing pages a pager script writes (TRS sites: `createPageHTML(5, 0, "index", "html")` writes
   * links to index.html, index_1.html … index_4.html that are not in the markup).
   */
  readonly pager: URL[];
  /** Innermost tables with at least `DATA_CELLS` cells that are amounts: a disclosure printed inline. */
  readonly dataTables: number;
  readonly encoding: string;
  readonly diagnostics: Diagnostic[];
}

/** Cells of amounts that make a table data rather than layout (a layout table holds menus and text). */
export const DATA_CELLS = 8;

const squash = (s: string): string => s.replace(/[\s\u00a0\u3000]+/g, ' ').trim();

const DATE = /(20\d{2}|19\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;

/** The first date in a text, as `YYYY-MM-DD`. */
export function dateIn(text: string): string | null {
  const m = DATE.exec(text.normalize('NFKC'));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const AMOUNT = /^[-−]?[\d,，]+(?:\.\d+)?%?$/;

function linkText(text: string, title: string | undefined): string {
  const t = squash(text);
  const full = title ? squash(title) : '';
  if (!full) return t;
  const stem = t.replace(/(?:\.{2,}|…+)$/, '');
  return t === '' || (full.length > stem.length && full.startsWith(stem)) ? full : t;
}

/** Pages a TRS pager script writes: `createPageHTML(count, current, "index", "html")` or `var countPage = 5`. */
function pagerPages(scripts: string, base: URL): URL[] {
  const call = /createPageHTML\(\s*(\d+)\s*,\s*\d+\s*,\s*["']([\w-]+)["']\s*,\s*["'](\w+)["']/.exec(scripts);
  const count = call ? Number(call[1]) : Number(/\bcountPage\s*=\s*(\d+)/.exec(scripts)?.[1] ?? 0);
  const [prefix, suffix] = call ? [call[2]!, call[3]!] : ['index', 'html'];
  const out: URL[] = [];
  // A pager claiming thousands of pages is a broken template, not a listing; the crawl's page cap applies anyway.
  for (let i = 0; i < Math.min(count, 1000); i++) {
    const u = resolveLink(i === 0 ? `${prefix}.${suffix}` : `${prefix}_${i}.${suffix}`, base);
    if (u) out.push(u);
  }
  return out;
}

/**
 * Reads a fetched HTML page: decoded as the parser decodes HTML (a GBK page labelled UTF-8 is
 * still read), links resolved against `<base href>` or the URL that answered.
 */
export function readPage(bytes: Uint8Array, url: URL): PageReading {
  const decoded = decodeHtml(bytes);
  const $ = cheerio.load(decoded.text);
  const meta = (name: string): string | null => {
    const v = $(`meta[name="${name}" i]`).attr('content');
    return v && squash(v) ? squash(v) : null;
  };
  let base = url;
  const baseHref = $('base[href]').attr('href');
  if (baseHref) base = resolveLink(baseHref, url) ?? url;

  const bodyText = squash($('body').text());
  const title = meta('ArticleTitle') ?? (squash($('h1').first().text()) || null) ?? (squash($('title').first().text()) || null);
  const printedDate = /(?:发布|公开|发文|成文)(?:时间|日期)\s*[:：]\s*([^\s]{6,12}(?:\s*\d{1,2}\s*日)?)/.exec(bodyText)?.[1];
  const published = dateIn(meta('PubDate') ?? meta('firstpublishedtime') ?? printedDate ?? '') ?? dateIn(/日期\s*[:：]\s*(\S{6,12})/.exec(bodyText)?.[1] ?? '');
  const source = meta('ContentSource') ?? /来源\s*[:：]\s*([^\s|｜]{2,40})/.exec(bodyText)?.[1] ?? null;

  const links: PageLink[] = [];
  $('a[href]').each((_, a) => {
    const u = resolveLink($(a).attr('href') ?? '', base);
    if (!u) return;
    const text = linkText($(a).text(), $(a).attr('title'));
    const entry = $(a).closest('li, tr, dd, p');
    const beside = entry.length ? squash(entry.text()).replace(text, '') : '';
    links.push({ url: u, text, date: dateIn(beside) });
  });

  let dataTables = 0;
  $('table').each((_, t) => {
    if ($(t).find('table').length) return;
    let amounts = 0;
    $(t)
      .find('td, th')
      .each((__, c) => {
        if (AMOUNT.test(squash($(c).text()))) amounts++;
      });
    if (amounts >= DATA_CELLS) dataTables++;
  });

  const scripts = $('script')
    .map((_, s) => $(s).text())
    .get()
    .join('\n');
  return { title, published, source, links, pager: pagerPages(scripts, base), dataTables, encoding: decoded.encoding, diagnostics: decoded.diagnostics };
}
