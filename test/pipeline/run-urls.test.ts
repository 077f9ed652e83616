import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixtures.js';
import { startServer } from '../sources/http-server.js';
import { tempDir } from './helpers.js';

/**
 * `gongkai run` on specs with URL lists, against a server on 127.0.0.1: the download is ingested
 * under its URL, and a second run asks conditionally, gets 304 and stores nothing twice; a nightly
 * whose every URL fails exits 4 and says so, one with a 404 among good URLs exits 3; files beside
 * the documents that are not disclosures are skipped and counted; a URL whose content changes is
 * reported once, as its new version, the old one kept in the store; a bad flag is a usage error
 * before anything is fetched.
 */
const run = async (...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [path.join(ROOT, 'src/cli/gongkai.mjs'), ...args], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
};

const dir = tempDir('gongkai-run-urls-');
const FAST = { minIntervalSeconds: 0, timeoutSeconds: 20 };

/** Writes a spec named `name` that fetches `urls` (no wait between requests) into `outputs`; returns its path. */
function urlSpec(name: string, urls: string[], outputs: Record<string, unknown>): string {
  const spec = path.join(dir, `${name}.json`);
  writeFileSync(spec, JSON.stringify({ name, urls: [{ urls, http: FAST }], outputs }));
  return spec;
}

describe('gongkai run with URL sources', { timeout: 120_000 }, async () => {
  const server = await startServer();
  afterAll(() => server.close());
  const page = readFileSync(path.join(ROOT, 'fixtures/seeds/004_d487b3c520216221.html'));
  server.route('/gk/2021/004.html', (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"v1"', 'content-disposition': 'attachment; filename="../../evil.html"' }).end(page);
  });
  const url = `${server.base}/gk/2021/004.html`;
  const spec = path.join(dir, 'nightly.json');
  writeFileSync(
    spec,
    JSON.stringify({
      name: 'nightly-test',
      urls: [{ urls: [url], http: { minIntervalSeconds: 0 } }],
      outputs: { db: path.join(dir, 'g.db'), runDir: path.join(dir, 'run') },
    }),
  );

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
      expect(db.prepare('SELECT path, given FROM files').all()).toEqual([{ path: url, given: url }]);
    } finally {
      db.close();
    }
  });

  it('exits 4 and says so when every URL fails (a 404, a refused scheme); a 404 beside good URLs is an error for that source, exit 3', async () => {
    const spec = urlSpec('all-fail', [`${server.base}/gone/1.pdf`, `${server.base}/gone/2.pdf`], {
      db: path.join(dir, 'fail.db'),
      report: path.join(dir, 'fail.html'),
      runDir: path.join(dir, 'run-fail'),
    });
    const none = await run('run', spec);
    expect(none.code).toBe(4);
    expect(none.stdout).toContain('sources: 2 URLs: 0 fetched, 0 not modified, 2 failed (http-status 404 ×2)');
    expect(none.stderr).toContain(`gongkai run: error url-failed: ${server.base}/gone/1.pdf: http-status: HTTP 404`);
    expect(none.stderr).toMatch(/gongkai run: nothing could be read: all 2 sources failed/);

    const mixed = urlSpec('mixed', [url, `${server.base}/gone/3.pdf`], { db: path.join(dir, 'mixed.db'), runDir: path.join(dir, 'run-mixed') });
    const some = await run('run', mixed);
    expect(some.code).toBe(3);
    expect(some.stdout).toContain('sources: 2 URLs: 1 fetched, 0 not modified, 1 failed (http-status 404)');
    expect(some.stdout).toContain('reading: 1 read, 0 read in part, 0 unreadable');
    expect(some.stderr).toMatch(/gongkai run: 1 source failed \(see above\); the rest was read/);
  });

  it('rejects a bad flag as a usage error (2) before any URL of the spec is fetched or its store made', async () => {
    server.route('/gk/never.html', (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page));
    const db = path.join(dir, 'bad-flag.db');
    const spec = urlSpec('bad-flag', [`${server.base}/gk/never.html`], { db, report: path.join(dir, 'bad-flag.html'), runDir: path.join(dir, 'run-bad-flag') });
    for (const [flags, message] of [
      [['--concurrency', '0'], 'gongkai run: --concurrency must be a whole number from 1 to 64, not "0"\n'],
      [['--timeout', 'soon'], 'gongkai run: --timeout must be a number of seconds above 0, not "soon"\n'],
      [['--max-pages', '1.5'], 'gongkai run: --max-pages must be a whole number above 0, not "1.5"\n'],
    ] as const) {
      const r = await run('run', spec, ...flags);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(message);
    }
    expect(server.requests.filter((q) => q.path === '/gk/never.html')).toEqual([]);
    expect(existsSync(db)).toBe(false);
    expect(existsSync(path.join(dir, 'run-bad-flag'))).toBe(false);
  });

  it('skips and counts files in a folder that are not disclosures (.txt, .png) and exits 0', async () => {
    const inbox = path.join(dir, 'inbox');
    mkdirSync(inbox, { recursive: true });
    copyFileSync(path.join(ROOT, 'fixtures/seeds/004_d487b3c520216221.html'), path.join(inbox, '004.html'));
    writeFileSync(path.join(inbox, 'notes.txt'), '下载记录 2024-05-01\n');
    copyFileSync(path.join(ROOT, 'docs/report.png'), path.join(inbox, 'logo.png'));
    // a PDF saved under a wrong name is read all the same: its bytes say what it is
    copyFileSync(path.join(ROOT, 'fixtures/odd/encrypted.pdf'), path.join(inbox, 'saved-as.txt'));
    const spec = path.join(dir, 'inbox.json');
    writeFileSync(spec, JSON.stringify({ name: 'inbox', sources: [inbox], outputs: { db: path.join(dir, 'inbox.db') } }));
    const r = await run('run', spec, '--json');
    const summary = JSON.parse(r.stdout) as { files: number; notDisclosures: string[]; reading: Record<string, number> };
    expect(summary.notDisclosures.map((f) => path.basename(f))).toEqual(['logo.png', 'notes.txt']);
    expect(summary.files).toBe(2);
    expect(summary.reading).toEqual({ read: 1, partial: 0, unreadable: 1 });
    // the unreadable PDF named .txt is a disclosure that failed: exit 3, as for any unreadable document
    expect(r.code).toBe(3);
    const clean = path.join(dir, 'inbox-clean.json');
    const only = path.join(dir, 'inbox-clean');
    mkdirSync(only, { recursive: true });
    for (const f of ['004.html', 'notes.txt', 'logo.png']) copyFileSync(path.join(inbox, f), path.join(only, f));
    writeFileSync(clean, JSON.stringify({ name: 'inbox-clean', sources: [only], outputs: { db: path.join(dir, 'inbox-clean.db') } }));
    const ok = await run('run', clean);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/skipped 2 files that are not disclosures: .*logo\.png, .*notes\.txt/);
  });

  it('reports a URL whose content changed once, as its new version; the old version stays queryable', async () => {
    const v2 = readFileSync(path.join(ROOT, 'fixtures/seeds/000_4d0b4c40ef830124.html'));
    let version = 1;
    server.route('/gk/republished.html', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(version === 1 ? page : v2);
    });
    const changed = `${server.base}/gk/republished.html`;
    const db = path.join(dir, 'versions.db');
    const report = path.join(dir, 'versions.html');
    const out = path.join(dir, 'versions-export');
    const spec = urlSpec('versions', [changed], { db, report, export: { dir: out, format: 'csv' }, runDir: path.join(dir, 'run-versions') });
    expect((await run('run', spec)).code).toBe(0);
    version = 2;
    const second = await run('run', spec);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('1 files, 1 documents: 1 processed');
    expect(second.stdout).toMatch(/versions\.html: 1 documents, 1 older version not shown, /);
    const store = new Database(db, { readonly: true });
    try {
      expect(store.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 2 });
      const versions = store.prepare('SELECT source, current, versions, department FROM v_source_versions ORDER BY current').all();
      expect(versions).toEqual([
        { source: changed, current: 0, versions: 2, department: '株洲市社会保险服务中心' },
        { source: changed, current: 1, versions: 2, department: '衡阳县社会保险服务中心' },
      ]);
      expect(store.prepare('SELECT department FROM v_documents WHERE current = 1').all()).toEqual([{ department: '衡阳县社会保险服务中心' }]);
    } finally {
      store.close();
    }
    const html = readFileSync(report, 'utf8');
    expect(html).toContain('衡阳县社会保险服务中心');
    expect(html).not.toContain('株洲市社会保险服务中心');
    expect(html).toContain('1 older version kept in the store, not shown');
    const documents = readFileSync(path.join(out, 'documents.csv'), 'utf8');
    expect(documents.split('\r\n').filter(Boolean)).toHaveLength(2);
    expect(documents).toContain('衡阳县社会保险服务中心');
    expect(readFileSync(path.join(out, 'findings.csv'), 'utf8')).not.toContain('株洲市');
    const findings = JSON.parse((await run('findings', '--db', db, '--format', 'json')).stdout) as {
      documents: Record<string, number>;
      findings: { department: string }[];
    };
    expect(findings.documents).toMatchObject({ read: 1, olderVersions: 1 });
    expect(new Set(findings.findings.map((f) => f.department))).toEqual(new Set(['衡阳县社会保险服务中心']));
  });
});
