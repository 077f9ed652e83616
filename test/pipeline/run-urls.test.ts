import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixtures.js';
import { startServer } from '../sources/http-server.js';

/**
 * `gongkai run` on a spec with a URL list, against a server on 127.0.0.1: the download is ingested
 * under its URL, and a second run asks conditionally, gets 304 and stores nothing twice.
 */
const run = async (...args: string[]): Promise<{ code: number; stdout: string }> => {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(ROOT, 'src/cli/gongkai.mjs'), ...args], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout };
  } catch (e) {
    const err = e as { code: number; stdout: string };
    return { code: err.code, stdout: err.stdout };
  }
};

describe('gongkai run with URL sources', { timeout: 120_000 }, async () => {
  const server = await startServer();
  afterAll(() => server.close());
  const page = readFileSync(path.join(ROOT, 'fixtures/seeds/004_d487b3c520216221.html'));
  server.route('/gk/2021/004.html', (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"v1"', 'content-disposition': 'attachment; filename="../../evil.html"' }).end(page);
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'gongkai-run-urls-'));
  const url = `${server.base}/gk/2021/004.html`;
  const spec = path.join(dir, 'nightly.json');
  writeFileSync(spec, JSON.stringify({ name: 'nightly-test', urls: [{ urls: [url], http: { minIntervalSeconds: 0 } }], outputs: { db: path.join(dir, 'g.db'), runDir: path.join(dir, 'run') } }));

  it('stores the download under its URL, then asks again conditionally and stores nothing twice', async () => {
    const first = await run('run', spec);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/1 files, 1 documents: 1 processed/);
    const second = await run('run', spec);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/1 files, 1 documents: 0 processed, 1 already stored/);
    expect(server.requests.map((r) => r.headers['if-none-match'] ?? null)).toEqual([null, '"v1"']);
    const db = new Database(path.join(dir, 'g.db'), { readonly: true });
    try {
      expect(db.prepare('SELECT source, department, year FROM documents').all()).toEqual([{ source: url, department: '株洲市社会保险服务中心', year: 2021 }]);
      expect(db.prepare('SELECT path FROM files').all()).toEqual([{ path: url }]);
    } finally {
      db.close();
    }
  });
});
