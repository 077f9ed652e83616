import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PipelineSpec } from '../../src/pipeline/spec.js';
import { resolveSources, runPaths } from '../../src/pipeline/resolve.js';
import { pdfBytes, startServer, type TestServer } from '../sources/http-server.js';

let server: TestServer;
let root: string;

beforeEach(async () => {
  server = await startServer();
  root = await mkdtemp(path.join(tmpdir(), 'gongkai-resolve-'));
});
afterEach(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

const FAST = { minIntervalSeconds: 0, perHostConcurrency: 4, timeoutSeconds: 3 };
const spec = (urls: string[], sources: string[] = []) => PipelineSpec.parse({ name: 'test', sources, urls: [{ urls, http: FAST }] });

describe('resolveSources', () => {
  it('asks with If-None-Match on the next run and reuses the file on 304', async () => {
    const body = pdfBytes('etag');
    server.route('/doc.pdf', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
      res.writeHead(200, { 'content-type': 'application/pdf', etag: '"v1"' }).end(body);
    });
    const runDir = path.join(root, 'run');
    const s = spec([`${server.base}/doc.pdf`]);

    const first = await resolveSources(s, runDir);
    expect(first.urls[0]).toMatchObject({ kind: 'fetched', status: 200, etag: '"v1"' });
    const file = first.files[0]!;
    expect(first.files).toEqual([{ path: file.path, source: `${server.base}/doc.pdf` }]);
    const before = await stat(file.path);
    const index = JSON.parse(await readFile(runPaths(runDir).cacheIndex, 'utf8'));
    expect(index.entries[`${server.base}/doc.pdf`]).toMatchObject({ etag: '"v1"', file: path.basename(file.path) });

    const second = await resolveSources(s, runDir);
    expect(second.urls[0]).toMatchObject({
      kind: 'not-modified',
      status: 304,
      etag: '"v1"',
      path: file.path,
      sha256: first.urls[0]!.kind === 'fetched' ? first.urls[0]!.sha256 : '',
    });
    expect(second.files).toEqual(first.files);
    expect(second.diagnostics.map((d) => d.code)).toEqual(['url-not-modified']);
    expect((await stat(file.path)).mtimeMs).toBe(before.mtimeMs);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[0]!.headers['if-none-match']).toBeUndefined();
    expect(server.requests[1]!.headers['if-none-match']).toBe('"v1"');
  });

  it('asks with If-Modified-Since on the next run and reuses the file on 304', async () => {
    const stamp = 'Wed, 01 Oct 2025 08:00:00 GMT';
    server.route('/page.html', (req, res) => {
      if (req.headers['if-modified-since'] === stamp) return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'text/html', 'last-modified': stamp }).end('<html><body><p>部门决算</p></body></html>');
    });
    const runDir = path.join(root, 'run');
    const s = spec([`${server.base}/page.html`]);
    const first = await resolveSources(s, runDir);
    expect(first.urls[0]).toMatchObject({ kind: 'fetched', lastModified: stamp, etag: null });
    const second = await resolveSources(s, runDir);
    expect(second.urls[0]).toMatchObject({ kind: 'not-modified', lastModified: stamp, path: first.files[0]!.path });
    expect(server.requests.map((q) => q.headers['if-modified-since'])).toEqual([undefined, stamp]);
  });

  it('downloads again when the kept file has gone, without conditional headers', async () => {
    server.route('/doc.pdf', (req, res) => {
      if (req.headers['if-none-match']) return void res.writeHead(304).end();
      res.writeHead(200, { etag: '"v1"' }).end(pdfBytes('gone'));
    });
    const runDir = path.join(root, 'run');
    const s = spec([`${server.base}/doc.pdf`]);
    const first = await resolveSources(s, runDir);
    await rm(first.files[0]!.path);
    const second = await resolveSources(s, runDir);
    expect(second.urls[0]).toMatchObject({ kind: 'fetched', path: first.files[0]!.path });
    expect(server.requests.map((q) => q.headers['if-none-match'])).toEqual([undefined, undefined]);
  });

  it('puts local files and downloads in one list, each distinct file once, failures as warnings', async () => {
    const body = pdfBytes('shared');
    server.route('/a', (_q, res) => void res.writeHead(200).end(body));
    server.route('/b', (_q, res) => void res.writeHead(200).end(body));
    const list = path.join(root, 'urls.txt');
    await writeFile(list, `# a comment\n\n${server.base}/a\n${server.base}/b\n${server.base}/a\n${server.base}/missing\nftp://127.0.0.1/x.pdf\n`);
    const s = PipelineSpec.parse({
      name: 'mix',
      sources: ['fixtures/odd/empty.pdf', 'fixtures/odd/*.html', 'fixtures/nope', 'fixtures/odd/*.nothing', 'fixtures/odd/empty.pdf'],
      urls: [{ list, http: FAST }],
    });
    const r = await resolveSources(s, path.join(root, 'run'));
    expect(r.files.map((f) => f.source)).toEqual(['fixtures/odd/empty.pdf', 'fixtures/odd/gbk-page.html', `${server.base}/a`]);
    expect(r.files[2]!.path).toMatch(/downloads[/\\][0-9a-f]{64}\.pdf$/);
    expect(r.urls.map((u) => u.kind)).toEqual(['fetched', 'fetched', 'failed', 'failed']);
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['no-such-path', 'error'],
      ['glob-no-match', 'warning'],
      ['url-repeated', 'info'],
      ['url-duplicate', 'info'],
      // a 404 or a refused scheme is an error for that source; the rest is read
      ['url-failed', 'error'],
      ['url-failed', 'error'],
    ]);
    expect(r.diagnostics[4]!.message).toMatch(/http-status: HTTP 404/);
    expect(r.diagnostics[5]!.message).toMatch(/scheme/);
    expect(server.requests).toHaveLength(3);
  });

  it('reports an unreadable URL list and a corrupt cache index as diagnostics', async () => {
    const runDir = path.join(root, 'run');
    await rm(runDir, { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(runDir, { recursive: true }));
    await writeFile(runPaths(runDir).cacheIndex, '{not json');
    const s = PipelineSpec.parse({ name: 'bad', urls: [{ list: path.join(root, 'none.txt') }] });
    const r = await resolveSources(s, runDir);
    expect(r.files).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['http-cache', 'url-list-unreadable']);
  });

  it('skips local files over the size cap', async () => {
    const s = PipelineSpec.parse({ name: 'cap', sources: ['fixtures/odd/empty.pdf', 'fixtures/odd/gbk-page.html'], limits: { maxDocumentBytes: 10 } });
    const r = await resolveSources(s, path.join(root, 'run'));
    expect(r.files.map((f) => f.path)).toEqual(['fixtures/odd/empty.pdf']);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['file-too-large']);
  });
});
