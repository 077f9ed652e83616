import { execFile, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { collectFiles } from '../../src/sources/collect.js';
import { openStore, storeProblems } from '../../src/store/index.js';
import { ROOT } from '../helpers/fixtures.js';
import { tempDir } from './helpers.js';

const CLI = path.join(ROOT, 'src/cli/gongkai.mjs');
/** The seeds' HTML and DOCX renderings and the odd files: 13 files, 12 documents, a few seconds a run (the seed PDFs would triple it). */
const SOURCES = readdirSync(path.join(ROOT, 'fixtures/seeds'))
  .filter((f) => /\.(?:html|docx)$/.test(f))
  .map((f) => `fixtures/seeds/${f}`)
  .concat(readdirSync(path.join(ROOT, 'fixtures/odd')).map((f) => `fixtures/odd/${f}`))
  .sort();
const dir = tempDir('gongkai-kill-');

const ingestArgs = (db: string): string[] => [CLI, 'ingest', ...SOURCES, '--db', db, '--concurrency', '2', '--json'];

/** Runs ingest to the end; returns its exit code and JSON summary. */
async function ingest(db: string): Promise<{ code: number; summary: { processed: number; skipped: number; files: number; documents: number } }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ingestArgs(db), { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, summary: JSON.parse(stdout) };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    if (typeof err.code !== 'number') throw e;
    return { code: err.code, summary: JSON.parse(err.stdout) };
  }
}

/** Documents written so far, read by a second connection while the batch writes (WAL lets it). */
function written(file: string): number {
  if (!existsSync(file)) return 0;
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 1000');
    return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  } catch {
    return 0; // not migrated yet
  } finally {
    db?.close();
  }
}

/** Starts ingest and kills it with SIGKILL once at least k documents are in the store; returns how many were. */
async function killAfter(db: string, k: number): Promise<number> {
  const child = spawn(process.execPath, ingestArgs(db), { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
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

type Counts = Record<string, { tables: number; cells: number; items: number; outcomes: number; facts: number }>;

/** What each document has below it, by sha256: a half-written document would differ from a clean run. */
function perDocument(file: string): Counts {
  const db = openStore(file);
  try {
    const rows = db
      .prepare(
        `SELECT d.sha256,
           (SELECT count(*) FROM tables t WHERE t.document_id = d.id) AS tables,
           (SELECT count(*) FROM cells c JOIN tables t ON t.id = c.table_id WHERE t.document_id = d.id) AS cells,
           (SELECT count(*) FROM line_items x WHERE x.document_id = d.id) AS items,
           (SELECT count(*) FROM rule_outcomes x WHERE x.document_id = d.id) AS outcomes,
           (SELECT count(*) FROM narrative_facts x WHERE x.document_id = d.id) AS facts
         FROM documents d`,
      )
      .all() as ({ sha256: string } & Counts[string])[];
    return Object.fromEntries(rows.map(({ sha256, ...c }) => [sha256, c]));
  } finally {
    db.close();
  }
}

describe('a batch killed with SIGKILL and run again', { timeout: 300_000 }, () => {
  it('completes with every file present exactly once and nothing half-written', async () => {
    const files = (await collectFiles(SOURCES.map((s) => path.join(ROOT, s)))).files.map((f) => path.relative(ROOT, f));
    expect(files).toHaveLength(13);

    const clean = path.join(dir, 'clean.db');
    const ref = await ingest(clean);
    expect(ref.code).toBe(3); // fixtures/odd has three files that cannot be read
    const documents = ref.summary.documents;
    expect(documents).toBe(12); // fixtures/odd/docx-named-pdf.pdf is seed 000's .docx under another name
    const expected = perDocument(clean);

    for (const k of [1, 3, 7]) {
      const db = path.join(dir, `killed-${k}.db`);
      const before = await killAfter(db, k);
      expect(before).toBeGreaterThanOrEqual(k);
      expect(before).toBeLessThan(documents);
      const rerun = await ingest(db);
      expect(rerun.code).toBe(3);
      // Nothing stored before the kill is processed again; everything else is.
      expect(rerun.summary.processed).toBe(documents - before);

      const store = openStore(db);
      try {
        expect(storeProblems(store)).toEqual([]);
        // each file once, as given (its path as the store keys it is the absolute one)
        const paths = (store.prepare('SELECT given FROM files ORDER BY given').all() as { given: string }[]).map((r) => r.given);
        expect(paths).toEqual([...files].sort());
        expect(store.prepare('SELECT count(*) AS n FROM files WHERE document_id IS NULL').get()).toEqual({ n: 0 });
        expect(store.prepare('SELECT count(*) AS n, count(DISTINCT sha256) AS d FROM documents').get()).toEqual({ n: documents, d: documents });
      } finally {
        store.close();
      }
      expect(perDocument(db)).toEqual(expected);
    }
  });
});
