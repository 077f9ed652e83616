import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { crawlSite, type CrawlSummary } from '../../src/pipeline/crawl/crawl.js';
import { CrawlSource } from '../../src/pipeline/crawl/spec.js';
import { crawlUrls } from '../../src/store/crawl.js';
import { openStore, type Db } from '../../src/store/index.js';
import { pdfBytes, startServer, type TestServer } from '../sources/http-server.js';
import { tempDir } from './helpers.js';

/** The crawl's limits, run in-process against small sites: time budget, page cap, robots.txt as it answers, Crawl-delay, redirects. */

const dir = tempDir('gongkai-crawl-site-');
let n = 0;
let server: TestServer | undefined;
let db: Db | undefined;
afterEach(async () => {
  db?.close();
  await server?.close();
  db = server = undefined;
});

const page = (body: string): string => `<html><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;

/** A column with one listing of `details` entries, each linking one PDF. */
async function column(
  details: number,
  robots: (req: unknown, res: import('node:http').ServerResponse) => void = (_q, res) => void res.writeHead(404).end(),
): Promise<TestServer> {
  const s = await startServer();
  s.route('/robots.txt', robots);
  s.route(
    '/c/index.html',
    (_q, res) =>
      void res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(page(Array.from({ length: details }, (_, i) => `<li><a href="t${i}.html">第${i}条</a></li>`).join(''))),
  );
  for (let i = 0; i < details; i++) {
    s.route(`/c/t${i}.html`, (_q, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(page(`<a href="P${i}.pdf">附件${i}.pdf</a>`)));
    s.route(`/c/P${i}.pdf`, (_q, res) => void res.writeHead(200, { 'content-type': 'application/pdf' }).end(pdfBytes(`p${i}`)));
  }
  return s;
}

async function run(s: TestServer, over: Record<string, unknown> = {}): Promise<CrawlSummary> {
  db ??= openStore(path.join(dir, `c${++n}.db`));
  const source = CrawlSource.parse({ name: 'c', start: [`${s.base}/c/index.html`], http: { minIntervalSeconds: 0 }, ...over });
  return crawlSite({ db, source, runDir: path.join(dir, `run${n}`) });
}

describe('a crawl’s limits', () => {
  it('stops at its time budget with the rest queued, and the next run finishes without asking anything twice', async () => {
    server = await column(6);
    const first = await run(server, { timeBudgetSeconds: 0.5, http: { minIntervalSeconds: 0.15 } });
    expect(first.stopped).toBe('time-budget');
    const done = server.requests.length;
    expect(done).toBeLessThan(14);
    expect(crawlUrls(db!, 'c').some((r) => r.state === 'pending')).toBe(true);
    const second = await run(server);
    expect(second.stopped).toBeNull();
    expect(crawlUrls(db!, 'c').filter((r) => r.state === 'pending')).toEqual([]);
    const asked = server.requests.map((r) => r.path).filter((p) => p !== '/c/index.html' && p !== '/robots.txt');
    expect(asked.sort()).toEqual([...Array.from({ length: 6 }, (_, i) => `/c/t${i}.html`), ...Array.from({ length: 6 }, (_, i) => `/c/P${i}.pdf`)].sort());
    expect(first.newDocuments.length + second.newDocuments.length).toBe(6);
  });

  it('stops at its page cap, and files of the pages it read are still fetched', async () => {
    server = await column(4);
    const s = await run(server, { follow: { maxPages: 3 } });
    expect(s.stopped).toBe('page-cap');
    expect(s.requests).toMatchObject({ listing: 1, detail: 2, file: 2 });
    expect(
      crawlUrls(db!, 'c')
        .filter((r) => r.state === 'pending')
        .map((r) => r.role),
    ).toEqual(['detail', 'detail']);
  });

  it('asks nothing but robots.txt while robots.txt answers 503, and keeps the queue for the next run', async () => {
    server = await column(2, (_q, res) => void res.writeHead(503).end());
    const s = await run(server);
    expect(server.requests.map((r) => r.path)).toEqual(['/robots.txt']);
    expect([s.unasked, s.blocked]).toEqual([1, []]);
    expect(crawlUrls(db!, 'c').find((r) => r.role === 'listing')!.state).toBe('pending');
  });

  it('keeps the Crawl-delay robots.txt asks for, when it is longer than the spec’s interval', async () => {
    server = await column(3, (_q, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nCrawl-delay: 0.2\n'));
    await run(server);
    const at = server.requests.map((r) => r.at);
    expect(at.length).toBe(8);
    for (let i = 2; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(199);
  });

  it('does not follow a redirect into a folder robots.txt disallows, or off the crawl’s hosts', async () => {
    server = await column(0, (_q, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /c/private/\n'));
    const other = await startServer();
    try {
      server.route(
        '/c/index.html',
        (_q, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(page('<a href="moved.html">a</a><a href="away.html">b</a>')),
      );
      server.route('/c/moved.html', (_q, res) => void res.writeHead(302, { location: '/c/private/t.html' }).end());
      server.route('/c/away.html', (_q, res) => void res.writeHead(302, { location: `${other.base}/c/t.html` }).end());
      await run(server);
      expect(server.requests.map((r) => r.path).sort()).toEqual(['/c/away.html', '/c/index.html', '/c/moved.html', '/robots.txt']);
      expect(other.requests).toEqual([]);
      const rows = Object.fromEntries(crawlUrls(db!, 'c').map((r) => [r.url.replace(server!.base, ''), [r.state, r.failure?.split(':')[0]]]));
      expect(rows['/c/moved.html']).toEqual(['skipped', 'refused']);
      expect(rows['/c/away.html']).toEqual(['skipped', 'refused']);
    } finally {
      await other.close();
    }
  });
});
