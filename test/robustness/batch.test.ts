/**
 * A slice of the malformed corpus through the real batch (worker threads, the store): every file
 * gets a stored row with status and reason, a file that would hang (pdfjs is quadratic in `q`
 * nesting: 60,000 levels take 15–120 s depending on the machine, 120,000 four times that) is stopped by
 * the per-document time limit, and the batch goes on. The limit is well above what the broken files
 * take (each well under a second) and well below what the nesting takes on any machine.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/pipeline/batch.js';
import { openStore } from '../../src/store/index.js';
import { corpus } from './corpus.js';
import { text, writePdf } from './pdf-writer.js';

const dir = mkdtempSync(path.join(tmpdir(), 'gongkai-robustness-batch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SLICE = [
  'empty/pdf',
  'random/docx-4096',
  'truncated/seed004-docx-3of9',
  'encrypted/user-password-rc4',
  'xref/no-xref',
  'scan/mixed',
  'zipbomb/document-xml-lying',
  'html/gbk-labelled-utf8',
  'html/deep-nesting',
  'docx/not-xml',
];

describe('the batch on broken files', () => {
  it('stores a row with status and reason for every file, stops the one that hangs, and goes on', { timeout: 180_000 }, async () => {
    const cases = corpus().filter((c) => SLICE.includes(c.id));
    expect(cases).toHaveLength(SLICE.length);
    const files: string[] = [];
    for (const c of cases) {
      const f = path.join(dir, `${c.id.replace(/\//g, '__')}__${c.name}`);
      writeFileSync(f, await c.bytes());
      files.push(f);
    }
    const hang = path.join(dir, 'hang__deep-q-120000.pdf');
    writeFileSync(hang, writePdf({ pages: [`${'q '.repeat(120000)}${text(50, 50, '收入决算表')}${'Q '.repeat(120000)}`] }));
    files.splice(3, 0, hang);

    const db = openStore(path.join(dir, 'batch.db'));
    try {
      const summary = await runBatch({ db, files, concurrency: 2, timeoutMs: 10_000 });
      expect(summary.files).toBe(files.length);
      const rows = db.prepare('SELECT source, status, reason FROM documents').all() as { source: string; status: string; reason: string | null }[];
      expect(rows).toHaveLength(files.length);
      for (const r of rows) {
        expect(['ok', 'needs-review', 'failed']).toContain(r.status);
        if (r.status !== 'ok') expect(r.reason?.length).toBeGreaterThan(0);
      }
      expect(rows.find((r) => r.source === hang)).toMatchObject({ status: 'failed', reason: expect.stringMatching(/^timeout: /) });
      expect(summary.findings.error).toBe(0);
    } finally {
      db.close();
    }
  });
});
