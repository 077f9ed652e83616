import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Recorded } from '../sources/http-server.js';
import { startGovSite, type GovSite } from '../sources/gov-site.js';
import { ROOT } from '../helpers/fixtures.js';
import { tempDir } from './helpers.js';

/**
 * `gongkai crawl` on the test government site (test/sources/gov-site.ts): what it finds, what it
 * leaves alone, how politely it asks, where it records each document was found, what it says of the
 * files that are not what their pages say, and what a second and third night ask.
 */

const INTERVAL_MS = 150;

const cli = async (...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [path.join(ROOT, 'src/cli/gongkai.mjs'), ...args], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    if (typeof err.code !== 'number') throw e;
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
};

describe('gongkai crawl on a government site’s 预决算公开 column', { timeout: 300_000 }, () => {
  const dir = tempDir('gongkai-crawl-');
  const db = path.join(dir, 'g.db');
  let site: GovSite;
  const crawl = (): Promise<{ code: number; stdout: string; stderr: string }> =>
    cli('crawl', site.start, '--db', db, '--run-dir', path.join(dir, 'run'), '--interval', String(INTERVAL_MS / 1000), '--per-host', '2', '--concurrency', '2');
  const query = <T>(sql: string, ...params: unknown[]): T[] => {
    const d = new Database(db, { readonly: true });
    try {
      return d.prepare(sql).all(...params) as T[];
    } finally {
      d.close();
    }
  };
  let first: { code: number; stdout: string; stderr: string };
  let firstRequests: Recorded[];
  const col = (p: string): string => `${site.base}/zwgk/czyjs/${p}`;

  beforeAll(async () => {
    site = await startGovSite();
    first = await crawl();
    firstRequests = [...site.server.requests];
  }, 300_000);
  afterAll(() => site.close());

  it('finds every disclosure on the site, in listings, detail pages and inline, and nothing outside its column', () => {
    expect(first.code, first.stderr).toBe(0);
    const found = query<{ url: string }>('SELECT DISTINCT url FROM discoveries ORDER BY url').map((r) => r.url);
    // Every document the site holds, and the attachment that is gone (found, not fetched: its 404 is recorded).
    expect(found).toEqual([...site.documents.keys(), col('202107/P020210715556.xls')].sort());
    expect(query('SELECT state, http_status FROM crawl_urls WHERE url = ?', col('202107/P020210715556.xls'))).toEqual([{ state: 'failed', http_status: 404 }]);
    // Each stored under its URL.
    const stored = query<{ path: string }>('SELECT path FROM files ORDER BY path').map((r) => r.path);
    expect(stored).toEqual([...site.documents.keys()].sort());

    const asked = new Set(firstRequests.map((r) => r.path));
    // Never the home page, another column, the folder robots.txt disallows, or another host.
    for (const p of ['/', '/zwgk/index.html', '/zwgk/qtlm/index.html', '/hdjl/index.html', '/zwgk/czyjs/nbgl/t20250101_8001.html'])
      expect(asked.has(p), p).toBe(false);
    for (const p of asked) expect(p === '/robots.txt' || p.startsWith('/zwgk/czyjs/') || p === '/module/download/downfile.jsp', p).toBe(true);
    expect(site.other.requests).toEqual([]);
    expect(query('SELECT state FROM crawl_urls WHERE url = ?', col('nbgl/t20250101_8001.html'))).toEqual([{ state: 'blocked' }]);
    // The pager script's pages, the moved page (at its new address), the removed one (404), the slow one.
    for (const p of [
      'index_1.html',
      'index_2.html',
      '202401/t20240105_5001.html',
      '202401/t20240105_5001_1.html',
      '202402/t20240220_6001.html',
      '202602/t20260216_7001.html',
    ])
      expect(asked.has(`/zwgk/czyjs/${p}`), p).toBe(true);
    expect(query('SELECT final_url FROM crawl_urls WHERE url = ?', col('202401/t20240105_5001.html'))).toEqual([
      { final_url: col('202401/t20240105_5001_1.html') },
    ]);
    expect(query('SELECT state, http_status FROM crawl_urls WHERE url = ?', col('202402/t20240220_6001.html'))).toEqual([
      { state: 'failed', http_status: 404 },
    ]);
    // Every URL asked once; the file linked twice is one request and two discoveries.
    expect(firstRequests.length).toBe(asked.size);
    expect(query('SELECT link_text FROM discoveries WHERE url = ? ORDER BY link_text', col('202107/P020210715555.docx'))).toEqual([
      { link_text: '下载' },
      { link_text: '附件1：2021年度部门决算.docx' },
    ]);
    expect(first.stdout).toMatch(/1 disallowed by robots\.txt, \d+ links out of scope/);
  });

  it('keeps the per-host interval, measured by the server between one request’s arrival and the next', () => {
    const at = firstRequests.map((r) => r.at);
    expect(at.length).toBeGreaterThan(20);
    const gaps = at.slice(1).map((t, i) => t - at[i]!);
    // Minimum spacing only: a loaded machine makes gaps longer, never shorter.
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(INTERVAL_MS - 1);
    expect(Math.max(...firstRequests.map((r) => r.inFlight))).toBeLessThanOrEqual(2);
  });

  it('records where each document was found: the page, the link text, the page title, the printed date and what they state', () => {
    const row = query(
      'SELECT found_on, link_text, page_title, published, stated_department, stated_region, stated_year, stated_kind, stated_from, link_format FROM discoveries WHERE url = ?',
      col('202506/P020250613385412345678.pdf'),
    );
    expect(row).toEqual([
      {
        found_on: col('202506/t20250613_1001.html'),
        link_text: '附件：上海市普陀区财政局2024年度部门决算.pdf',
        page_title: '上海市普陀区财政局2024年度部门决算',
        published: '2025-06-13',
        stated_department: '上海市普陀区财政局',
        stated_region: '上海市普陀区',
        stated_year: 2024,
        stated_kind: '决算',
        stated_from: JSON.stringify({ year: 'link', kind: 'link', department: 'link', region: 'link' }),
        link_format: 'pdf',
      },
    ]);
    // On a GBK page, with an absolute link; a file listed on a listing (its date the entry's); the inline disclosure (found on the listing).
    expect(query('SELECT found_on, link_text, page_title, published FROM discoveries WHERE url = ?', col('202602/P020260213000001.pdf'))).toEqual([
      { found_on: col('202602/t20260213_2001.html'), link_text: '2026年部门预算.pdf', page_title: '武汉市信访局2026年部门预算', published: '2026-02-13' },
    ]);
    expect(query('SELECT found_on, link_text, published, stated_department FROM discoveries WHERE url = ?', col('202602/P020260220777.pdf'))).toEqual([
      { found_on: col('index_2.html'), link_text: '北京市卫生健康委员会2026年部门预算', published: '2026-02-20', stated_department: '北京市卫生健康委员会' },
    ]);
    expect(query('SELECT found_on, page_title, published, stated_kind FROM discoveries WHERE url = ?', col('202301/t20230110_4001.html'))).toEqual([
      { found_on: col('index.html'), page_title: '衡阳县社会保险服务中心2022年度部门整体支出绩效自评报告', published: '2023-01-10', stated_kind: '自评报告' },
    ]);
  });

  it('flags each file that is not what its page says, with both sides, and passes the rest', () => {
    const rows = query<{ url: string; agreement: string; diagnostics: string; document_kind: string | null }>(
      'SELECT url, agreement, diagnostics, document_kind FROM v_discoveries ORDER BY url',
    );
    const verdict = Object.fromEntries(rows.map((r) => [r.url, r.agreement]));
    expect(verdict).toEqual({
      [col('202107/P020210715555.docx')]: 'agrees',
      [col('202107/P020210715556.xls')]: null,
      [col('202301/t20230110_4001.html')]: 'agrees',
      [col('202401/P020240105001.docx')]: 'agrees',
      [col('202506/P020250613385412345678.pdf')]: 'agrees',
      [col('202602/P020260213000001.pdf')]: 'mismatch',
      [col('202602/P020260215999.pdf')]: 'mismatch',
      [col('202602/P020260216123.docx')]: 'agrees',
      [col('202602/P020260220777.pdf')]: 'agrees',
      [`${site.base}/module/download/downfile.jsp?classid=0&filename=2602141530`]: 'mismatch',
    });
    const sides = (url: string): unknown => {
      const d = JSON.parse(rows.find((r) => r.url === url)!.diagnostics) as {
        code: string;
        detail: { disagreements: { field: string; stated: unknown; document: unknown }[] };
      }[];
      expect(d.map((x) => x.code)).toEqual(['source-mismatch']);
      return d[0]!.detail.disagreements.map((x) => [x.field, x.stated, x.document]);
    };
    // The HTML error page served for a .pdf.
    expect(sides(col('202602/P020260215999.pdf'))).toEqual([
      ['format', 'pdf', 'html'],
      ['kind', '预算', 'unknown'],
    ]);
    // 国家信访局's budget under 武汉's name; an evaluation report of 2020, made by 长沙市财政局 (its cover: 长沙市财政局制), under 国资委's 2026 budget's.
    expect(sides(col('202602/P020260213000001.pdf'))).toEqual([['department', '武汉市信访局', '国家信访局']]);
    expect(sides(`${site.base}/module/download/downfile.jsp?classid=0&filename=2602141530`)).toEqual([
      ['kind', '预算', '评价报告'],
      ['year', 2026, 2020],
      ['department', '长沙市国有资产监督管理委员会', '长沙市财政局'],
    ]);
    expect(first.stderr).toContain('warning source-mismatch');
    expect(first.stdout).toMatch(/10 compared with their documents, 3 not what the site says/);
  });

  it('asks only the listing pages the next night, each conditionally, and stores nothing again', async () => {
    const before = site.server.requests.length;
    const docs = query('SELECT id, sha256 FROM documents ORDER BY id');
    const second = await crawl();
    expect(second.code, second.stderr).toBe(0);
    const asked = site.server.requests.slice(before);
    expect(asked.map((r) => r.path).sort()).toEqual(['/zwgk/czyjs/index.html', '/zwgk/czyjs/index_1.html', '/zwgk/czyjs/index_2.html']);
    for (const r of asked) expect(r.headers['if-none-match'], r.path).toMatch(/^"[0-9a-f]{16}"$/);
    expect(second.stdout).toMatch(/3 requests \(3 listing, 0 detail, 0 file, 0 robots\.txt\): 0 fetched, 3 not modified/);
    expect(second.stdout).toMatch(/0 files, 0 documents: 0 processed/);
    expect(query('SELECT id, sha256 FROM documents ORDER BY id')).toEqual(docs);
  });

  it('takes a republished file as a new version of the same URL and keeps both, each fetch with its time', async () => {
    const url = col('202107/P020210715555.docx');
    const [old] = query<{ sha256: string }>('SELECT sha256 FROM crawl_urls WHERE url = ?', url);
    await site.republish();
    const before = site.server.requests.length;
    const third = await crawl();
    expect(third.code, third.stderr).toBe(0);
    const asked = site.server.requests.slice(before).map((r) => r.path);
    // The changed listing leads to the changed entry's page, which leads to its files; nothing else.
    expect(asked.filter((p) => !/\/index(?:_\d)?\.html$/.test(p)).sort()).toEqual([
      '/zwgk/czyjs/202107/P020210715555.docx',
      '/zwgk/czyjs/202107/P020210715556.xls',
      '/zwgk/czyjs/202107/t20210715_3001.html',
    ]);
    const fetches = query<{ sha256: string; at: string }>("SELECT sha256, at FROM crawl_fetches WHERE url = ? AND outcome = 'fetched' ORDER BY id", url);
    expect(fetches).toHaveLength(2);
    expect(fetches[0]!.sha256).toBe(old!.sha256);
    expect(fetches[1]!.sha256).not.toBe(old!.sha256);
    expect(fetches[1]!.at > fetches[0]!.at).toBe(true);
    // Both documents are stored; the URL's file is the new one.
    const versions = query<{ sha256: string; kind: string; department: string }>(
      'SELECT sha256, kind, department FROM documents WHERE sha256 IN (?, ?) ORDER BY processed_at',
      fetches[0]!.sha256,
      fetches[1]!.sha256,
    );
    expect(versions.map((v) => [v.sha256, v.kind, v.department])).toEqual(fetches.map((f) => [f.sha256, '决算', '株洲市社会保险服务中心']));
    expect(query('SELECT d.sha256 FROM files f JOIN documents d ON d.id = f.document_id WHERE f.path = ?', url)).toEqual([{ sha256: fetches[1]!.sha256 }]);
    expect(third.stdout).toMatch(/1 changed this run/);
  });
});
