import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../src/extract/index.js';
import { parseDocument } from '../../src/parse/index.js';
import { WorkerPool } from '../../src/pipeline/pool.js';
import { extractInNet, parseInNet, processDocument, type Stages } from '../../src/pipeline/process.js';
import { readingOf } from '../../src/pipeline/status.js';
import { checkDocument } from '../../src/rules/engine.js';
import { fromBytes } from '../../src/sources/file.js';
import { documentRows, openStore, storeProblems, writeDocument } from '../../src/store/index.js';
import { work } from '../../src/pipeline/worker.js';
import { ROOT } from '../helpers/fixtures.js';
import { tempDir } from './helpers.js';

const dir = tempDir('gongkai-process-');
const SEED = 'fixtures/seeds/004_d487b3c520216221.html';
const seed = () => fromBytes(SEED, new Uint8Array(readFileSync(path.join(ROOT, SEED))));
const boom = (): never => {
  throw new Error('boom');
};
const real: Stages = { parse: parseDocument, extract: extractRecords, check: (r) => checkDocument(r) };

describe('processDocument', { timeout: 60_000 }, () => {
  it('runs parse → extract → check on a real document', async () => {
    const p = await processDocument(seed());
    expect(p.status).toBe('ok');
    expect(p.reading).toEqual({ reading: 'read', reasons: [] });
    expect(p.records?.lineItems.length).toBeGreaterThan(0);
    expect(p.check?.outcomes.length).toBeGreaterThan(0);
  });

  // Parse failing leaves nothing read; a later stage failing leaves the document read but its records or checks incomplete.
  it.each(['parse', 'extract', 'check'] as const)(
    'turns an exception in %s into an internal-error naming the stage: unreadable, or read in part after parse',
    async (stage) => {
      const p = await processDocument(seed(), { ...real, [stage]: boom });
      const [reading, status] = stage === 'parse' ? ['unreadable', 'failed'] : ['partial', 'needs-review'];
      expect(p.reading.reading).toBe(reading);
      expect(p.status).toBe(status);
      const d = p.diagnostics.find((x) => x.code === 'internal-error');
      expect(d).toMatchObject({ stage, severity: 'error', message: `gongkai failed in ${stage}: boom` });
      expect(p.doc.id).toBe(seed().sha256);
      if (stage !== 'parse') expect(p.doc.tables.length).toBeGreaterThan(0);
      const rows = documentRows(p);
      expect(rows).toMatchObject({
        reading,
        readingReasons: '["internal-error"]',
        status,
        reason: `internal-error: gongkai failed in ${stage}: boom`,
        format: 'html',
      });
      const db = openStore(path.join(dir, `${stage}.db`));
      try {
        writeDocument(db, rows, { engineVersion: 'test', runId: null, paths: [SEED] });
        expect(db.prepare('SELECT reading, status, reason FROM documents').get()).toEqual({ reading, status, reason: rows.reason });
        expect(storeProblems(db)).toEqual([]);
      } finally {
        db.close();
      }
    },
  );

  // What dump, parse and extract call: the same net, without the checks.
  it('parseInNet and extractInNet turn an exception of parse or extract into an internal-error of the document', async () => {
    const parsed = await parseInNet(seed(), boom);
    expect(readingOf(parsed)).toMatchObject({
      reading: 'unreadable',
      reasons: [{ code: 'internal-error', stage: 'parse', message: 'gongkai failed in parse: boom' }],
    });
    expect(parsed).toMatchObject({ id: seed().sha256, format: 'html', blocks: [], tables: [] });
    expect((await parseInNet(seed())).tables.length).toBeGreaterThan(0);

    const noParse = await extractInNet(seed(), { ...real, parse: boom });
    expect(noParse).toMatchObject({ records: null, reading: { reading: 'unreadable', reasons: [{ code: 'internal-error', stage: 'parse' }] } });
    const noExtract = await extractInNet(seed(), { ...real, extract: boom });
    expect(noExtract.records).toBeNull();
    expect(noExtract.doc.tables.length).toBeGreaterThan(0);
    expect(noExtract.reading).toMatchObject({
      reading: 'partial',
      reasons: [{ code: 'internal-error', stage: 'extract', message: 'gongkai failed in extract: boom' }],
    });
    const whole = await extractInNet(seed());
    expect(whole.reading).toEqual({ reading: 'read', reasons: [] });
    expect(whole.records?.lineItems.length).toBeGreaterThan(0);
  });

  it('gives a worker result that survives structured cloning unchanged: amounts are exact strings, no Decimal objects', async () => {
    const r = await work({ id: 1, source: SEED, sha256: seed().sha256, bytes: seed().bytes });
    expect(structuredClone(r)).toEqual(r);
    const item = r.rows.lineItems.find((li) => li.code === '2080101' && li.measure === '本年收入合计');
    expect(item).toMatchObject({ value: '1246.25', wan: '1246.25', printed: '1,246.25', unit: '万元', decimals: 2 });
    // Every amount is plain fixed-point text (Decimal#toString would print 1e-7 for a tiny one).
    const DECIMAL = /^-?\d+(?:\.\d+)?$/;
    for (const li of r.rows.lineItems) for (const v of [li.value, li.wan]) if (v !== null) expect(v).toMatch(DECIMAL);
    for (const f of r.rows.findings) for (const v of [f.left.value, f.left.low, f.right.high, f.difference, f.tolerance]) expect(v).toMatch(DECIMAL);
  });
});

describe('WorkerPool', { timeout: 60_000 }, () => {
  const entry = new URL('./crash-worker.mjs', import.meta.url);
  const req = (source: string) => ({ source, sha256: 'x', bytes: new Uint8Array([1, 2, 3]) });

  it('reports a crashed, throwing or hung worker for that document and goes on with a fresh one', async () => {
    const pool = new WorkerPool(2, 1000, entry);
    try {
      const outcomes = await Promise.all([pool.run(req('crash')), pool.run(req('echo')), pool.run(req('throw')), pool.run(req('hang')), pool.run(req('echo'))]);
      expect(outcomes.map((o) => o.kind)).toEqual(['crashed', 'done', 'crashed', 'timeout', 'done']);
      expect(outcomes[0]).toMatchObject({ error: 'the worker exited with code 7' });
      expect(outcomes[2]).toMatchObject({ error: 'thrown in the worker' });
      expect(outcomes[1]).toMatchObject({ rows: { bytes: 3 } });
    } finally {
      await pool.close();
    }
  });
});
