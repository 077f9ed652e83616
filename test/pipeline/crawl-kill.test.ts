import { execFile, spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, storeProblems } from '../../src/store/index.js';
import { ROOT } from '../helpers/fixtures.js';
import { startGovSite, type GovSite } from '../sources/gov-site.js';
import { tempDir } from './helpers.js';

/**
 * A nightly pipeline with a crawl source (`gongkai run SPEC`) killed with SIGKILL at points across
 * its crawl and its ingest, then run again: the store ends as a clean run leaves it — every
 * discovery, every document once — and no page or file whose answer was recorded before the kill is
 * asked again.
 */

const CLI = path.join(ROOT, 'src/cli/gongkai.mjs');
const dir = tempDir('gongkai-crawl-kill-');

/** Writes the pipeline spec of one store and run folder; returns the command line that runs it. */
function args(site: GovSite, name: string): string[] {
  const spec = path.join(dir, `${name}.json`);
  const crawl = { name: 'gov-site', start: [site.start], http: { minIntervalSeconds: 0.05 } };
  writeFileSync(
    spec,
    JSON.stringify({
      name: 'nightly-kill',
      crawls: [crawl],
      concurrency: 2,
      outputs: { db: path.join(dir, `${name}.db`), runDir: path.join(dir, `${name}-run`) },
    }),
  );
  return [CLI, 'run', spec];
}

async function crawl(site: GovSite, name: string): Promise<number> {
  try {
    await promisify(execFile)(process.execPath, args(site, name), { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
    return 0;
  } catch (e) {
    const err = e as { code: number; stderr: string };
    if (typeof err.code !== 'number') throw e;
    throw new Error(`gongkai run exited ${err.code}:\n${err.stderr.slice(-2000)}`, { cause: e });
  }
}

function count(file: string, sql: string): number {
  if (!existsSync(file)) return 0;
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 1000');
    return (db.prepare(sql).get() as { n: number }).n;
  } catch {
    return 0; // not migrated yet
  } finally {
    db?.close();
  }
}

/** Starts a crawl and kills it with SIGKILL once `ready()` says so; fails when the crawl ended first. */
async function killWhen(site: GovSite, name: string, ready: () => boolean): Promise<void> {
  const child = spawn(process.execPath, args(site, name), { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
  let done = false;
  void exited.then(() => (done = true));
  while (!done && !ready()) await new Promise((r) => setTimeout(r, 5));
  child.kill('SIGKILL');
  const end = await exited;
  if (end !== 'SIGKILL') throw new Error(`gongkai run ended on its own (${end}) before it was killed:\n${stderr.slice(-2000)}`);
}

interface Snapshot {
  urls: unknown[];
  discoveries: unknown[];
  documents: unknown[];
  files: unknown[];
  /** Recorded answers per detail page or file (a clean run has one each). */
  visits: Record<string, number>;
}

function snapshot(name: string, base: string): Snapshot {
  const db = openStore(path.join(dir, `${name}.db`));
  const local = (u: string): string => u.replace(base, '');
  try {
    expect(storeProblems(db)).toEqual([]);
    const all = <T>(sql: string): T[] => db.prepare(sql).all() as T[];
    return {
      // Listings are asked every run: their last answer is a 304 after a re-run, a 200 after one clean run.
      urls: all<{ url: string }>(
        "SELECT url, role, state, CASE role WHEN 'listing' THEN NULL ELSE http_status END AS http_status, sha256, is_document FROM crawl_urls ORDER BY url",
      ).map((r) => ({ ...r, url: local(r.url) })),
      discoveries: all<{ url: string; found_on: string }>(
        'SELECT url, found_on, link_text, stated_department, stated_year, stated_kind, agreement, diagnostics FROM discoveries ORDER BY url, found_on, link_text',
      ).map((r) => ({
        ...r,
        url: local(r.url),
        found_on: local(r.found_on),
        diagnostics: (r as unknown as { diagnostics: string }).diagnostics.replaceAll(base, ''),
      })),
      documents: all('SELECT sha256, kind, department, year, status FROM documents ORDER BY sha256'),
      files: all<{ path: string }>('SELECT f.path, d.sha256 FROM files f JOIN documents d ON d.id = f.document_id ORDER BY f.path').map((r) => ({
        ...r,
        path: local(r.path),
      })),
      visits: Object.fromEntries(
        all<{ url: string; n: number }>("SELECT url, count(*) AS n FROM crawl_fetches WHERE role IN ('detail', 'file') GROUP BY url").map((r) => [
          local(r.url),
          r.n,
        ]),
      ),
    };
  } finally {
    db.close();
  }
}

/** Detail pages and files whose answer the store had recorded when the crawl was killed. */
function recorded(name: string): string[] {
  const db = new Database(path.join(dir, `${name}.db`), { readonly: true });
  try {
    return (db.prepare("SELECT DISTINCT url FROM crawl_fetches WHERE role IN ('detail', 'file')").all() as { url: string }[]).map((r) => r.url);
  } finally {
    db.close();
  }
}

describe('a crawl killed with SIGKILL and run again', { timeout: 600_000 }, () => {
  let site: GovSite;
  let clean: Snapshot;
  beforeAll(async () => {
    site = await startGovSite({ light: true });
    await crawl(site, 'clean');
    clean = snapshot('clean', site.base);
  }, 300_000);
  afterAll(() => site.close());

  it('a clean crawl answers each detail page and file once', () => {
    expect(Object.values(clean.visits).every((n) => n === 1)).toBe(true);
    expect(clean.documents.length).toBe(site.documents.size);
  });

  const points: [string, (name: string, from: number) => () => boolean][] = [
    ['while reading the listings', (_, from) => () => site.server.requests.length - from >= 3],
    ['while reading detail pages', (_, from) => () => site.server.requests.length - from >= 9],
    ['while downloading files', (_, from) => () => site.server.requests.length - from >= 17],
    ['while reading the documents into the store', (name) => () => count(path.join(dir, `${name}.db`), 'SELECT count(*) AS n FROM documents') >= 2],
  ];
  points.forEach(([when, ready], i) => {
    it(`${when}: loses nothing, stores nothing twice, asks nothing recorded again`, async () => {
      const name = `killed-${i}`;
      await killWhen(site, name, ready(name, site.server.requests.length));
      const before = recorded(name);
      const from = site.server.requests.length;
      await crawl(site, name);
      const again = site.server.requests.slice(from).map((r) => `${site.base}${r.path}`);
      for (const u of before) expect(again, u).not.toContain(u.replace(/\?.*$/, ''));
      expect(snapshot(name, site.base)).toEqual(clean);
    });
  });
});
