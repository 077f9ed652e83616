import { readFileSync } from 'node:fs';
import path from 'node:path';
import { processDocument } from '../../src/pipeline/process.js';
import { ENGINE_VERSION } from '../../src/pipeline/version.js';
import { fromBytes } from '../../src/sources/file.js';
import { openStore, type Db } from '../../src/store/index.js';
import { documentRows, type DocumentRows } from '../../src/store/rows.js';
import { writeDocument } from '../../src/store/write.js';
import { ROOT } from '../helpers/fixtures.js';

/** Seeds whose rows cover tables, line items, narrative facts and findings with cell and text evidence; all HTML, so quick to process. */
export const STORE_FIXTURES = [
  'fixtures/seeds/004_d487b3c520216221.html',
  'fixtures/seeds/000_4d0b4c40ef830124.html',
  'fixtures/synthetic/unruled-expenditure.html',
];

/**
 * A store at `file` holding the fixtures, each run through the pipeline in this thread and written
 * with the store's writer (the rows a batch writes); `alter` may change a document's rows first.
 */
export async function buildStore(
  file: string,
  fixtures: readonly string[] = STORE_FIXTURES,
  alter?: (rows: DocumentRows, fixture: string) => void,
): Promise<Db> {
  const db = openStore(file);
  for (const rel of fixtures) {
    const buf = readFileSync(path.join(ROOT, rel));
    const processed = await processDocument(fromBytes(rel, new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength)));
    const rows = documentRows(processed, 0);
    alter?.(rows, rel);
    writeDocument(db, rows, { engineVersion: ENGINE_VERSION, runId: null, paths: [rel] });
  }
  return db;
}

/** Rows of a store table. */
export const count = (db: Db, table: string): number => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
