import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UrlCache } from '../../src/sources/url-cache.js';
import { fetchUrls } from '../../src/sources/url-fetch.js';
import type { FetchSettings, UrlResult } from '../../src/sources/url-types.js';
import { pdfBytes, startServer, type TestServer } from './http-server.js';

const FAST: FetchSettings = { minIntervalMs: 0, perHostConcurrency: 4, timeoutMs: 3000, maxBytes: 1024 * 1024, maxRedirects: 3, userAgent: 'gongkai-test' };

let server: TestServer;
let root: string;
let dir: string;

beforeEach(async () => {
  server = await startServer();
  root = await mkdtemp(path.join(tmpdir(), 'gongkai-url-'));
  dir = path.join(root, 'run', 'downloads');
});
afterEach(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

async function fetchAll(urls: string[], settings: Partial<FetchSettings> = {}): Promise<UrlResult[]> {
  const { cache } = await UrlCache.open(path.join(root, 'run', 'http-cache.json'));
  const results = await fetchUrls(urls, { settings: { ...FAST, ...settings }, dir, cache });
  await cache.save();
  return results;
}

const failure = (r: UrlResult | undefined) => {
  if (r?.kind !== 'failed') throw new Error(`expected a failure, got ${JSON.stringify(r)}`);
  return r;
};
const fetched = (r: UrlResult | undefined) => {
  if (r?.kind !== 'fetched') throw new Error(`expected a download, got ${JSON.stringify(r)}`);
  return r;
};

async function allFiles(d: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(d, { withFileTypes: true, recursive: true })) if (e.isFile()) out.push(path.join(e.parentPath, e.name));
  return out;
}

describe('fetchUrls', () => {
  it('keeps a 200 under its sha256 with the response validators', async () => {
    server.route(
      '/a.pdf',
      (_q, res) =>
        void res.writeHead(200, { 'content-type': 'application/pdf', etag: '"x1"', 'last-modified': 'Mon, 01 Dec 2025 00:00:00 GMT' }).end(pdfBytes('a')),
    );
    const [r] = await fetchAll([`${server.base}/a.pdf`]);
    const f = fetched(r);
    expect(f).toMatchObject({ status: 200, etag: '"x1"', lastModified: 'Mon, 01 Dec 2025 00:00:00 GMT', bytes: pdfBytes('a').length, duplicateOf: null });
    expect(f.finalUrl).toBe(`${server.base}/a.pdf`);
    expect(path.basename(f.path)).toBe(`${f.sha256}.pdf`);
    expect(path.dirname(f.path)).toBe(dir);
    expect((await stat(f.path)).size).toBe(f.bytes);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.headers['user-agent']).toBe('gongkai-test');
  });

  it('dedupes two URLs with identical bytes to one file', async () => {
    const body = pdfBytes('same');
    server.route('/one', (_q, res) => void res.writeHead(200, { 'content-type': 'application/pdf' }).end(body));
    server.route('/two', (_q, res) => void res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(body));
    const [a, b] = await fetchAll([`${server.base}/one`, `${server.base}/two`]);
    expect(fetched(a).duplicateOf).toBeNull();
    expect(fetched(b).duplicateOf).toBe(`${server.base}/one`);
    expect(fetched(b).path).toBe(fetched(a).path);
    expect(await readdir(dir)).toEqual([`${fetched(a).sha256}.pdf`]);
    expect(server.requests).toHaveLength(2);
  });

  it('follows a redirect and reports the final URL', async () => {
    server.route('/old', (_q, res) => void res.writeHead(302, { location: '/new/doc' }).end());
    server.route(
      '/new/doc',
      (_q, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html><body><table><tr><td>1</td></tr></table></body></html>'),
    );
    const [r] = await fetchAll([`${server.base}/old`]);
    const f = fetched(r);
    expect(f.url).toBe(`${server.base}/old`);
    expect(f.finalUrl).toBe(`${server.base}/new/doc`);
    expect(path.extname(f.path)).toBe('.html');
    expect(server.requests.map((q) => q.path)).toEqual(['/old', '/new/doc']);
  });

  it('fails a redirect loop past the limit and a redirect to another scheme', async () => {
    server.route('/loop', (_q, res) => void res.writeHead(301, { location: '/loop' }).end());
    server.route('/to-ftp', (_q, res) => void res.writeHead(302, { location: 'ftp://127.0.0.1/x.pdf' }).end());
    const [loop, ftp] = await fetchAll([`${server.base}/loop`, `${server.base}/to-ftp`], { maxRedirects: 2 });
    expect(failure(loop)).toMatchObject({ reason: 'too-many-redirects', status: 301 });
    expect(failure(ftp)).toMatchObject({ reason: 'scheme' });
    expect(failure(ftp).message).toMatch(/ftp:/);
    expect(server.requests.filter((q) => q.path === '/loop')).toHaveLength(3);
    expect(server.requests.filter((q) => q.path === '/to-ftp')).toHaveLength(1);
  });

  it('gives 404 and 500 as failures with their status', async () => {
    server.route('/boom', (_q, res) => void res.writeHead(500).end('oops'));
    const [missing, boom] = await fetchAll([`${server.base}/missing`, `${server.base}/boom`]);
    expect(failure(missing)).toMatchObject({ reason: 'http-status', status: 404, message: 'HTTP 404 Not Found' });
    expect(failure(boom)).toMatchObject({ reason: 'http-status', status: 500, message: 'HTTP 500 Internal Server Error' });
    expect(server.requests).toHaveLength(2);
    expect(await stat(dir).catch(() => null)).toBeNull();
  });

  it('times out a response whose headers or body do not come', async () => {
    const timers: NodeJS.Timeout[] = [];
    server.route('/no-headers', (_q, res) => void timers.push(setTimeout(() => res.destroyed || res.end('late'), 2000)));
    server.route('/no-body', (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.write('%PDF-1.4\n');
      timers.push(setTimeout(() => res.destroyed || res.end('late'), 2000));
    });
    const [a, b] = await fetchAll([`${server.base}/no-headers`, `${server.base}/no-body`], { timeoutMs: 300 });
    timers.forEach(clearTimeout);
    expect(failure(a)).toMatchObject({ reason: 'timeout', status: null });
    expect(failure(b)).toMatchObject({ reason: 'timeout' });
    expect(failure(a).message).toMatch(/0\.3 s/);
    expect(server.requests).toHaveLength(2);
  });

  it('aborts a response over the size cap, declared or streamed', async () => {
    const big = Buffer.alloc(64 * 1024, 0x41);
    server.route('/declared', (_q, res) => void res.writeHead(200, { 'content-length': String(big.length) }).end(big));
    let wrote = 0;
    server.route('/streamed', (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      const tick = (): void => {
        if (res.destroyed || wrote >= 10 * big.length) return void res.end();
        wrote += big.length;
        res.write(big, () => setImmediate(tick));
      };
      tick();
    });
    const [declared, streamed] = await fetchAll([`${server.base}/declared`, `${server.base}/streamed`], { maxBytes: 16 * 1024 });
    expect(failure(declared)).toMatchObject({ reason: 'too-large', status: 200 });
    expect(failure(declared).message).toMatch(/Content-Length 65536 bytes is over the cap of 16384/);
    expect(failure(streamed)).toMatchObject({ reason: 'too-large', status: 200 });
    expect(failure(streamed).message).toMatch(/aborted past the cap of 16384/);
    expect(wrote).toBeLessThan(10 * big.length);
    expect(await stat(dir).catch(() => null)).toBeNull();
  });

  it('never names a file after the server: a hostile Content-Disposition stays a header', async () => {
    server.route(
      '/files/evil.pdf',
      (_q, res) =>
        void res
          .writeHead(200, {
            'content-type': 'application/pdf',
            'content-disposition': 'attachment; filename="../../evil.pdf"; filename*=UTF-8\'\'..%2F..%2Fevil.pdf',
          })
          .end(pdfBytes('evil')),
    );
    const [r] = await fetchAll([`${server.base}/files/evil.pdf`]);
    const f = fetched(r);
    expect(path.basename(f.path)).toMatch(/^[0-9a-f]{64}\.pdf$/);
    expect(path.dirname(f.path)).toBe(dir);
    const everything = await allFiles(root);
    expect(everything.filter((p) => path.basename(p).includes('evil'))).toEqual([]);
    expect(await stat(path.resolve(dir, '../../evil.pdf')).catch(() => null)).toBeNull();
  });

  it('rejects ftp:, file: and non-URLs without a request', async () => {
    const rs = await fetchAll(['ftp://127.0.0.1/budget.pdf', 'file:///etc/passwd', 'data:text/plain,hi', 'not a url']);
    expect(rs.map((r) => failure(r).reason)).toEqual(['scheme', 'scheme', 'scheme', 'bad-url']);
    expect(failure(rs[0]).message).toBe('only http and https URLs are fetched, not ftp:');
    expect(failure(rs[1]).message).toBe('only http and https URLs are fetched, not file:');
    expect(server.requests).toHaveLength(0);
  });

  it('gives a refused connection as a network failure', async () => {
    const closed = await startServer();
    const base = closed.base;
    await closed.close();
    const [r] = await fetchAll([`${base}/x.pdf`]);
    expect(failure(r)).toMatchObject({ reason: 'network', status: null });
    expect(failure(r).message).toMatch(/ECONNREFUSED/);
  });

  it('keeps the per-host interval between request starts, measured by the server', async () => {
    for (const p of ['/r1', '/r2', '/r3', '/r4', '/r5']) server.route(p, (_q, res) => void res.writeHead(200).end(pdfBytes(p)));
    const interval = 120;
    const rs = await fetchAll(
      ['/r1', '/r2', '/r3', '/r4', '/r5'].map((p) => server.base + p),
      { minIntervalMs: interval, perHostConcurrency: 4 },
    );
    expect(rs.every((r) => r.kind === 'fetched')).toBe(true);
    expect(server.requests).toHaveLength(5);
    const at = server.requests.map((q) => q.at);
    const gaps = at.slice(1).map((t, i) => t - at[i]!);
    for (const g of gaps) expect(g).toBeGreaterThanOrEqual(interval);
  });

  it('keeps the interval with several requests allowed in flight, and limits each host on its own', async () => {
    const paths = ['/s1', '/s2', '/s3', '/s4'];
    // Slow bodies: the next request may start while one is still downloading, but not sooner than the interval.
    for (const p of paths)
      server.route(p, (_q, res) => {
        res.writeHead(200).flushHeaders();
        setTimeout(() => res.end(pdfBytes(p)), 150);
      });
    const other = await startServer();
    try {
      other.route('/o1', (_q, res) => void res.writeHead(200).end(pdfBytes('o1')));
      const interval = 60;
      const rs = await fetchAll([...paths.map((p) => server.base + p), `${other.base}/o1`], { minIntervalMs: interval, perHostConcurrency: 3 });
      expect(rs.every((r) => r.kind === 'fetched')).toBe(true);
      const at = server.requests.map((q) => q.at);
      expect(at).toHaveLength(4);
      for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(interval);
      expect(server.maxInFlight()).toBeGreaterThan(1);
      expect(server.maxInFlight()).toBeLessThanOrEqual(3);
      // Another host (another port) does not queue behind this one's intervals.
      expect(other.requests).toHaveLength(1);
      expect(other.requests[0]!.at).toBeLessThan(at[at.length - 1]!);
    } finally {
      await other.close();
    }
  });

  it('never has more requests in flight to one host than allowed', async () => {
    const paths = ['/c1', '/c2', '/c3', '/c4', '/c5', '/c6'];
    for (const p of paths) server.route(p, (_q, res) => void setTimeout(() => res.writeHead(200).end(pdfBytes(p)), 80));
    const rs = await fetchAll(
      paths.map((p) => server.base + p),
      { perHostConcurrency: 2 },
    );
    expect(rs.every((r) => r.kind === 'fetched')).toBe(true);
    expect(server.requests).toHaveLength(6);
    expect(server.maxInFlight()).toBe(2);
    expect(Math.max(...server.requests.map((q) => q.inFlight))).toBeLessThanOrEqual(2);
  });
});
