import { z } from 'zod';
import { DEFAULT_EXTENSIONS, DEFAULT_LINK_TEXT } from '../../sources/crawl/attachment.js';
import { folderOf } from '../../sources/crawl/scope.js';
import { HttpOptions } from '../http-options.js';

const httpUrl = z.string().refine(
  (s) => {
    try {
      return ['http:', 'https:'].includes(new URL(s).protocol);
    } catch {
      return false;
    }
  },
  { message: 'an absolute http(s) URL' },
);

const regex = z.string().refine(
  (s) => {
    try {
      new RegExp(s);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'a regular expression' },
);

/**
 * A crawl of a site's 预决算公开 column, from its listing pages to every disclosure: the listing
 * pages and their pagination, each entry's detail page, and the files those link (or the detail
 * page itself when its body holds the tables).
 */
export const CrawlSource = z
  .object({
    /** The key its pages and discoveries are stored under; default: the first start page's host and folder. */
    name: z.string().min(1).optional(),
    description: z.string().optional(),
    /** The column's listing pages (`https://www.example.gov.cn/zwgk/czyjs/index.html`). */
    start: z.array(httpUrl).min(1),
    scope: z
      .object({
        /** Hosts (`www.example.gov.cn`, with `:port` when not the default) requests may go to; default: the start pages' hosts. */
        hosts: z.array(z.string().min(1)).optional(),
        /** Path prefixes (or URL prefixes) pages must be under; default: the start pages' folders. Attachments need only a host in scope. */
        prefixes: z.array(z.string().min(1)).optional(),
      })
      .strict()
      .prefault({}),
    follow: z
      .object({
        /** A page URL matching this is a listing (re-requested every run); others reached from a listing are detail pages. */
        listing: regex.default('/(?:index(?:_\\d+)?\\.s?html?)?$'),
        /** Detail-page hops from a listing (listing → detail is 1; listings do not count). */
        maxDepth: z.number().int().min(1).max(10).default(2),
        /** Pages (listings and detail pages) requested in one run at most. */
        maxPages: z.number().int().min(1).max(100_000).default(2000),
      })
      .strict()
      .prefault({}),
    attachments: z
      .object({
        /** File extensions a link's URL or text may name. */
        extensions: z.array(z.string().regex(/^[a-z0-9]{1,5}$/)).default([...DEFAULT_EXTENSIONS]),
        /** Link text that announces a file without naming its type. */
        linkText: regex.default(DEFAULT_LINK_TEXT),
      })
      .strict()
      .prefault({}),
    /** A run stops starting requests after this long; what is left stays queued for the next run. */
    timeBudgetSeconds: z.number().positive().max(86_400).default(3600),
    /** Known detail pages and files are asked again (conditionally) once this many days have passed since they were last checked. */
    recheckAfterDays: z.number().min(0).max(3650).default(30),
    http: HttpOptions.prefault({}),
  })
  .strict();
export type CrawlSource = z.infer<typeof CrawlSource>;

/** The key a crawl is stored under. */
export const crawlName = (c: CrawlSource): string => {
  if (c.name) return c.name;
  const u = new URL(c.start[0]!);
  return `${u.host}${folderOf(u)}`;
};
