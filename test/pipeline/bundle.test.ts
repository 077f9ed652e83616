import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { findExecutable } from '../../src/parse/convert/libreoffice.js';
import { openStore, storeProblems } from '../../src/store/index.js';
import { ROOT } from '../helpers/fixtures.js';
import { tempDir } from './helpers.js';

/**
 * `gongkai ingest` of a release ZIP (fixtures/office/release-gbk.zip: GBK member names, the 财政局
 * 决算's .xls and .doc, and a ZIP inside holding seed 004's .xlsx and .doc): every member stored once
 * as a document of its own, then each bundle; run again, nothing is processed; killed with SIGKILL
 * part-way and run again, it completes with every document present once and nothing half-written.
 */
const CLI = path.join(ROOT, 'src/cli/gongkai.mjs');
const CONVERTER = findExecutable('soffice') !== null;
const RELEASE = 'fixtures/office/release-gbk.zip';
const INNER = `${RELEASE}!/2024年度部门决算公开/附件/株洲市社会保险服务中心2021年度部门决算.zip`;
const PATHS = [
  RELEASE,
  `${RELEASE}!/2024年度部门决算公开/上海市普陀区财政局2024年度部门决算情况说明.doc`,
  `${RELEASE}!/2024年度部门决算公开/公开表/上海市普陀区财政局2024年度部门决算公开表.xls`,
  INNER,
  `${INNER}!/株洲市社会保险服务中心2021年度部门决算公开表.xlsx`,
  `${INNER}!/株洲市社会保险服务中心2021年度部门决算情况说明.doc`,
].sort();
const dir = tempDir('gongkai-bundle-');
// LibreOffice's work folders go under the test's own folder: a killed ingest cannot remove them.
const env = { ...process.env, TMPDIR: path.join(dir, 'tmp') };
mkdirSync(env.TMPDIR, { recursive: true });

const args = (db: string): string[] => [CLI, 'ingest', RELEASE, '--db', db, '--json'];

async function ingest(db: string): Promise<{ processed: number; skipped: number; documents: number; files: number }> {
  const { stdout } = await promisify(execFile)(process.execPath, args(db), { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout);
}

function written(file: string): number {
  if (!existsSync(file)) return 0;
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 1000');
    return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  } catch {
    return 0;
  } finally {
    db?.close();
  }
}

async function killAfter(db: string, k: number): Promise<number> {
  const child = spawn(process.execPath, args(db), { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
  let done = false;
  void exited.then(() => (done = true));
  while (!done && written(db) < k) await new Promise((r) => setTimeout(r, 25));
  child.kill('SIGKILL');
  const end = await exited;
  if (end !== 'SIGKILL') throw new Error(`ingest ended on its own (${end}) before it was killed after ${k} documents:\n${stderr.slice(-2000)}`);
  return written(db);
}

/** Per document (by its path): its format and what it has below it. */
function stored(file: string): Record<string, string> {
  const db = openStore(file);
  try {
    const rows = db
      .prepare(
        `SELECT f.given AS path, d.format, d.status,
           (SELECT count(*) FROM tables t WHERE t.document_id = d.id) AS tables,
           (SELECT count(*) FROM line_items x WHERE x.document_id = d.id) AS items,
           (SELECT count(*) FROM narrative_facts x WHERE x.document_id = d.id) AS facts
         FROM files f JOIN documents d ON d.id = f.document_id ORDER BY f.given`,
      )
      .all() as { path: string; format: string; status: string; tables: number; items: number; facts: number }[];
    return Object.fromEntries(rows.map((r) => [r.path, `${r.format} ${r.status} tables ${r.tables} items ${r.items} facts ${r.facts}`]));
  } finally {
    db.close();
  }
}

describe('gongkai ingest of a ZIP bundle', { timeout: 600_000 }, () => {
  it('stores each member once as a document of its own, and resumes after kill -9', async () => {
    // The legacy members are converted by LibreOffice, which is what makes the run slow enough to kill part-way.
    expect(CONVERTER, 'LibreOffice (soffice) is missing: `npm test` installs it through apt-get (test/setup/ensure-tools.sh)').toBe(true);
    const clean = path.join(dir, 'clean.db');
    const first = await ingest(clean);
    expect(first).toMatchObject({ files: 1, documents: 6, processed: 6, skipped: 0 });
    const expected = stored(clean);
    expect(Object.keys(expected)).toEqual(PATHS);
    expect(expected[RELEASE]).toBe('zip ok tables 0 items 0 facts 0');
    const again = await ingest(clean);
    expect(again).toMatchObject({ documents: 1, processed: 0, skipped: 1 });

    // Killed after the first member, and inside the nested bundle (one of its members stored, not the bundle).
    for (const k of [1, 3]) {
      const db = path.join(dir, `killed-${k}.db`);
      const before = await killAfter(db, k);
      expect(before).toBeGreaterThanOrEqual(k);
      expect(before).toBeLessThan(6);
      const rerun = await ingest(db);
      expect(rerun.processed).toBe(6 - before);
      const store = openStore(db);
      try {
        expect(storeProblems(store)).toEqual([]);
        expect(store.prepare('SELECT count(*) AS n, count(DISTINCT sha256) AS d FROM documents').get()).toEqual({ n: 6, d: 6 });
        expect(store.prepare('SELECT count(*) AS n FROM files WHERE document_id IS NULL').get()).toEqual({ n: 0 });
      } finally {
        store.close();
      }
      expect(stored(db)).toEqual(expected);
    }
  });
});
