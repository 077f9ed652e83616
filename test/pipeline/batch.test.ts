import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/pipeline/batch.js';
import { BatchWriter } from '../../src/pipeline/batch-writer.js';
import { processDocument } from '../../src/pipeline/process.js';
import { readSource } from '../../src/sources/file.js';
import { ENGINE_VERSION } from '../../src/pipeline/version.js';
import { collectFiles } from '../../src/sources/collect.js';
import { documentRows, openStore, storeProblems } from '../../src/store/index.js';
import { ROOT } from '../helpers/fixtures.js';
import { tempDir } from './helpers.js';

const dir = tempDir('gongkai-batch-');
const files = async (rel: string): Promise<string[]> => (await collectFiles([path.join(ROOT, rel)])).files.map((f) => path.relative(ROOT, f));

describe('runBatch', { timeout: 120_000 }, () => {
  it('ingests the 12 seeds in worker processes with exact amounts, skips them on a re-run, re-checks them under a new engine version', async () => {
    const seeds = await files('fixtures/seeds');
    expect(seeds).toHaveLength(12);
    const db = openStore(path.join(dir, 'seeds.db'));
    const events: string[] = [];
    // Workers read fixture paths relative to the working directory, as the CLI does.
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      const first = await runBatch({ db, files: seeds, concurrency: 2, onEvent: (e) => events.push(`${e.action} ${e.status} ${e.file}`) });
      expect(first).toMatchObject({ files: 12, documents: 12, processed: 12, skipped: 0, engineVersion: ENGINE_VERSION });
      expect(first.status).toEqual({ ok: 12, 'needs-review': 0, failed: 0 });
      // Each worker is a process of its own, whose memory it reports.
      expect(first.workerPeakRssMb).toBeGreaterThan(40);
      expect(events).toHaveLength(12);
      expect(db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 12 });
      expect(db.prepare('SELECT count(*) AS n FROM files').get()).toEqual({ n: 12 });

      const amount = db
        .prepare(
          `SELECT amount_wan, printed, typeof(amount_wan) AS type FROM v_line_items WHERE source = ? AND table_title = '收入决算表' AND code = '2080101' AND measure = '本年收入合计'`,
        )
        .get('fixtures/seeds/004_d487b3c520216221.docx');
      expect(amount).toEqual({ amount_wan: '1246.25', printed: '1,246.25', type: 'text' });
      // The same table read from the PDF and the HTML rendering gives the same exact amounts.
      const bySource = db
        .prepare(
          `SELECT source, count(*) AS n, group_concat(amount_wan) AS v FROM (SELECT * FROM v_line_items WHERE source LIKE 'fixtures/seeds/004_%' AND table_title = '收入决算表' ORDER BY row, col) GROUP BY source`,
        )
        .all() as { n: number; v: string }[];
      expect(bySource).toHaveLength(3);
      expect(new Set(bySource.map((r) => r.v)).size).toBe(1);
      // No amount is stored as a float anywhere.
      expect(
        db.prepare(`SELECT count(*) AS n FROM line_items WHERE typeof(wan) NOT IN ('text', 'null') OR typeof(value) NOT IN ('text', 'null')`).get(),
      ).toEqual({ n: 0 });
      expect(db.prepare('SELECT count(*) AS n FROM rule_outcomes').get()).not.toEqual({ n: 0 });

      const processedAt = db.prepare('SELECT sha256, processed_at, id FROM documents ORDER BY sha256').all();
      const again = await runBatch({ db, files: seeds, concurrency: 2 });
      expect(again).toMatchObject({ processed: 0, skipped: 12, documents: 12 });
      expect(db.prepare('SELECT sha256, processed_at, id FROM documents ORDER BY sha256').all()).toEqual(processedAt);

      // A new engine version re-checks what it is given (here the HTML and DOCX renderings) and leaves the rest as stored.
      const perDoc = `SELECT d.source, d.id, (SELECT count(*) FROM line_items x WHERE x.document_id = d.id) AS items, (SELECT count(*) FROM tables x WHERE x.document_id = d.id) AS tables FROM documents d ORDER BY d.source`;
      const before = db.prepare(perDoc).all();
      const subset = seeds.filter((f) => !f.endsWith('.pdf'));
      const bumped = await runBatch({ db, files: subset, concurrency: 2, engineVersion: `${ENGINE_VERSION}-next` });
      expect(bumped).toMatchObject({ files: 8, processed: 8, skipped: 0 });
      const versions = db.prepare('SELECT source, engine_version AS v FROM documents ORDER BY source').all() as { source: string; v: string }[];
      for (const r of versions) expect(r.v).toBe(r.source.endsWith('.pdf') ? ENGINE_VERSION : `${ENGINE_VERSION}-next`);
      // Re-checked in place: the same document ids, derived rows replaced rather than added.
      expect(db.prepare(perDoc).all()).toEqual(before);
      expect(db.prepare('SELECT count(*) AS n FROM runs WHERE ended_at IS NOT NULL').get()).toEqual({ n: 3 });
      expect(storeProblems(db)).toEqual([]);
    } finally {
      process.chdir(cwd);
      db.close();
    }
  });

  it('gives every odd file a row with a status and a reason, and goes on', async () => {
    const odd = await files('fixtures/odd');
    const db = openStore(path.join(dir, 'odd.db'));
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      const s = await runBatch({ db, files: [...odd, 'fixtures/seeds/004_d487b3c520216221.html'], concurrency: 2 });
      expect(s).toMatchObject({ files: 6, documents: 6, processed: 6 });
      const rows = db
        .prepare('SELECT f.path, d.reading, d.status, d.reason, d.format FROM files f JOIN documents d ON d.id = f.document_id ORDER BY f.path')
        .all() as { path: string; reading: string; status: string; reason: string | null; format: string }[];
      const byPath = Object.fromEntries(rows.map((r) => [path.basename(r.path), r]));
      expect(byPath['empty.pdf']).toMatchObject({ status: 'failed', format: 'empty' });
      expect(byPath['empty.pdf']!.reason).toMatch(/^empty-file: /);
      expect(byPath['encrypted.pdf']).toMatchObject({ status: 'failed', format: 'pdf' });
      expect(byPath['encrypted.pdf']!.reason).toMatch(/^pdf-encrypted: /);
      // only misnamed: read whole (the warning stays among its diagnostics)
      expect(byPath['docx-named-pdf.pdf']).toMatchObject({ reading: 'read', status: 'ok', format: 'docx', reason: null });
      // every page's text unusable: nothing read
      expect(byPath['no-tounicode.pdf']).toMatchObject({ reading: 'unreadable', status: 'failed', format: 'pdf' });
      expect(byPath['no-tounicode.pdf']!.reason).toMatch(/^pdf-garbled-text: /);
      // Read in the encoding its bytes are in: a document with nothing wrong has no reason.
      expect(byPath['gbk-page.html']).toMatchObject({ format: 'html', status: 'ok', reason: null });
      expect(db.prepare(`SELECT encoding FROM documents WHERE source LIKE '%gbk-page.html'`).get()).toEqual({ encoding: 'gb18030' });
      expect(db.prepare(`SELECT reading, status, paths, tables FROM v_documents WHERE source = 'fixtures/odd/empty.pdf'`).get()).toEqual({
        reading: 'unreadable',
        status: 'failed',
        paths: 'fixtures/odd/empty.pdf',
        tables: 0,
      });
      // The good document after the bad ones went through.
      expect(byPath['004_d487b3c520216221.html']).toMatchObject({ status: 'ok', reason: null });
      for (const r of rows) {
        const diags = JSON.parse(
          (db.prepare('SELECT diagnostics FROM documents d JOIN files f ON f.document_id = d.id WHERE f.path = ?').get(r.path) as { diagnostics: string })
            .diagnostics,
        ) as unknown[];
        if (r.status !== 'ok') expect(diags.length).toBeGreaterThan(0);
      }
    } finally {
      process.chdir(cwd);
      db.close();
    }
  });

  it('writes finished documents in batched transactions, each in its own savepoint: rows that cannot be written are rolled back alone', async () => {
    const db = openStore(path.join(dir, 'savepoints.db'));
    try {
      const [a, b, c] = await Promise.all(
        ['fixtures/seeds/004_d487b3c520216221.html', 'fixtures/seeds/000_4d0b4c40ef830124.html', 'fixtures/seeds/001_217e79579315e879.html'].map(async (f) =>
          documentRows(await processDocument(await readSource(path.join(ROOT, f)))),
        ),
      );
      // A line item of a table the document does not have: the writer throws for b.
      const broken = { ...b!, lineItems: [{ ...b!.lineItems[0]!, table: 'no-such-table' }] };
      const ctx = (p: string) => ({ engineVersion: ENGINE_VERSION, runId: null, paths: [p] });
      const writer = new BatchWriter(db, { maxDocuments: 3, maxDelayMs: 60_000 });
      const ids = await Promise.all([writer.write(a!, ctx('a')), writer.write(broken, ctx('b')), writer.write(c!, ctx('c'))]);
      expect(typeof ids[0]).toBe('number');
      expect(ids[1]).toBeInstanceOf(Error);
      expect((ids[1] as Error).message).toMatch(/no-such-table/);
      expect(typeof ids[2]).toBe('number');
      expect((db.prepare('SELECT source FROM documents ORDER BY id').all() as { source: string }[]).map((r) => r.source)).toEqual([a!.source, c!.source]);
      expect(db.prepare('SELECT count(*) AS n FROM tables WHERE document_id NOT IN (SELECT id FROM documents)').get()).toEqual({ n: 0 });
      expect(storeProblems(db)).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('stops a document that passes the time limit: failed with reason timeout, the batch goes on, the next run tries it again', async () => {
    const db = openStore(path.join(dir, 'timeout.db'));
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      const big = 'fixtures/seeds/002_3947c5881660c658.pdf';
      const s = await runBatch({ db, files: [big], concurrency: 1, timeoutMs: 50 });
      expect(s.status.failed).toBe(1);
      expect(db.prepare('SELECT status, reason, retry FROM documents').get()).toMatchObject({
        status: 'failed',
        retry: 1,
        reason: expect.stringMatching(/^timeout: /),
      });
      const again = await runBatch({ db, files: [big, 'fixtures/seeds/004_d487b3c520216221.html'], concurrency: 1 });
      expect(again).toMatchObject({ processed: 2, skipped: 0 });
      expect(db.prepare('SELECT status, reason, retry FROM documents WHERE source = ?').get(big)).toEqual({ status: 'ok', reason: null, retry: 0 });
      expect(storeProblems(db)).toEqual([]);
    } finally {
      process.chdir(cwd);
      db.close();
    }
  });
});
