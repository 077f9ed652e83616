import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { findingsOptions } from '../../src/cli/findings.js';
import { ingestOptions } from '../../src/cli/ingest.js';
import type { Figure } from '../../src/extract/figure.js';
import { lineCell, type LineItem } from '../../src/extract/line-items.js';
import { processDocument } from '../../src/pipeline/process.js';
import { ENGINE_VERSION } from '../../src/pipeline/version.js';
import type { Finding } from '../../src/rules/_lib/types.js';
import { fromBytes } from '../../src/sources/file.js';
import { documentRows, openStore, readFindings } from '../../src/store/index.js';
import { writeDocument } from '../../src/store/write.js';
import { ROOT } from '../helpers/fixtures.js';
import { tempDir } from './helpers.js';

const dir = tempDir('gongkai-cli-');

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

const SEED = 'fixtures/seeds/004_d487b3c520216221.html';

const figure = (li: LineItem): Figure => {
  if (li.amount.state !== 'number') throw new Error('not a number');
  return {
    value: li.amount.wan!,
    halfUnit: new Decimal('0.005'),
    decimals: li.amount.decimals,
    printed: li.amount.printed,
    unit: '万元',
    evidence: lineCell(li),
  };
};

/**
 * Stores seed 004 with one made-up finding (no rule fails on the seeds): 收入 2080101 against
 * 支出 2080101 plus a cent, so the findings command has rows with real evidence to print.
 */
async function storeWithFinding(db: string): Promise<void> {
  const p = await processDocument(fromBytes(SEED, new Uint8Array(readFileSync(path.join(ROOT, SEED)))));
  const items = p.records!.lineItems.filter((li) => li.code === '2080101' && li.amount.state === 'number');
  const [inc, exp] = [items.find((li) => li.measure === '本年收入合计')!, items.find((li) => li.measure === '本年支出合计')!];
  const l = figure(inc);
  const r = figure(exp);
  const rightValue = r.value.plus('0.01');
  const finding: Finding = {
    // a real rule id (findings --rule checks ids against the catalogue), with a message that needs CSV quoting
    rule: 'xt-01-03',
    severity: 'error',
    message: { zh: '收入 1,246.25 与支出 1,246.26 不符', en: 'income 1,246.25 differs from "expenditure" 1,246.26' },
    left: {
      label: '本年收入合计',
      value: l.value,
      low: l.value.minus(l.halfUnit),
      high: l.value.plus(l.halfUnit),
      operands: [{ label: '2080101 本年收入合计', figure: l }],
    },
    right: {
      label: '本年支出合计',
      value: rightValue,
      low: rightValue.minus('0.005'),
      high: rightValue.plus('0.005'),
      operands: [{ label: '2080101 本年支出合计', figure: r }],
    },
    difference: l.value.minus(rightValue),
    tolerance: new Decimal('0.01'),
    data: { left: '1,246.25', right: '1,246.26' },
    evidence: [l.evidence, r.evidence],
  };
  const info: Finding = { ...finding, rule: 'text-lint', severity: 'info', message: { zh: '提示', en: 'a note' }, evidence: [] };
  // Only these two: what the real rules find on the seed changes as rules are added.
  p.check!.findings.splice(0, p.check!.findings.length, finding, info);
  const store = openStore(db);
  try {
    writeDocument(store, documentRows(p), { engineVersion: ENGINE_VERSION, runId: null, paths: [SEED] });
    expect(readFindings(store)).toHaveLength(2);
  } finally {
    store.close();
  }
}

describe('gongkai ingest and findings', { timeout: 120_000 }, () => {
  it('ingest logs a line per document when stdout is not a terminal, prints the summary, exits 3 when a file failed', async () => {
    const db = path.join(dir, 'ingest.db');
    const { code, stdout } = await run('ingest', 'fixtures/odd/empty.pdf', SEED, '--db', db, '--concurrency', '1');
    expect(code).toBe(3);
    expect(stdout).toMatch(/^\[1\/2\] unreadable {3}fixtures\/odd\/empty\.pdf \(\d+\.\d s\) — empty-file: /m);
    expect(stdout).toMatch(/^\[2\/2\] read {9}fixtures\/seeds\/004_d487b3c520216221\.html \(\d+\.\d s, \d+ findings\)$/m);
    expect(stdout).toContain('2 files, 2 documents: 2 processed, 0 already stored in ');
    expect(stdout).toContain('reading: 1 read, 0 read in part, 1 unreadable');
    expect(stdout).toMatch(/found: \d+ warnings?, \d+ info; 1 unreadable document was not checked/);

    const again = await run('ingest', SEED, '--db', db, '--json');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({
      files: 1,
      documents: 1,
      processed: 0,
      skipped: 1,
      reading: { read: 1, partial: 0, unreadable: 0 },
      notDisclosures: [],
      engineVersion: ENGINE_VERSION,
    });
    expect(again.stderr).toContain('(already stored)');

    const forced = await run('ingest', SEED, '--db', db, '--json', '--force');
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout)).toMatchObject({ files: 1, documents: 1, processed: 1, skipped: 0 });
  });

  it('ingest and findings reject bad arguments with exit code 2', async () => {
    expect(ingestOptions([], {})).toBe('give at least one file or folder');
    expect(ingestOptions([SEED], { concurrency: '0' })).toMatch(/^--concurrency must be/);
    expect(ingestOptions([SEED], { concurrency: '1.5' })).toMatch(/^--concurrency must be/);
    expect(ingestOptions([SEED], { timeout: '-1' })).toMatch(/^--timeout must be/);
    expect(ingestOptions([SEED], { 'fail-on': 'info' })).toMatch(/^--fail-on must be/);
    // the user's store, not the fixtures' (npm start writes data/fixtures.db)
    expect(ingestOptions([SEED], { concurrency: '2', timeout: '30', 'fail-on': 'warning' })).toEqual({
      paths: [SEED],
      db: 'data/gongkai.db',
      concurrency: 2,
      json: false,
      failOn: 'warning',
      timeoutMs: 30_000,
      force: false,
      parse: {},
    });
    expect(JSON.parse(readFileSync(path.join(ROOT, 'pipelines/fixtures.json'), 'utf8'))).toMatchObject({ outputs: { db: 'data/fixtures.db' } });
    expect(ingestOptions([SEED], { ocr: true, 'max-pages': '300' })).toMatchObject({ parse: { ocr: true, limits: { maxPages: 300 } } });
    expect(ingestOptions([SEED], { 'max-bytes': '0' })).toMatch(/^--max-bytes must be/);
    expect(findingsOptions({ format: 'xml' })).toMatch(/^--format must be/);
    expect(findingsOptions({ severity: 'fatal' })).toMatch(/^--severity must be/);
    expect(findingsOptions({ rule: ['xt-01-03,text-lint', 'fa02-row-sum'], severity: 'warning' })).toEqual({
      db: 'data/gongkai.db',
      severity: 'warning',
      rules: ['xt-01-03', 'text-lint', 'fa02-row-sum'],
      format: 'table',
    });
    expect(findingsOptions({ rule: ['xt-01-30'] })).toBe('--rule: no rule "xt-01-30" (did you mean xt-01-03?); gongkai rules lists them');
    // Through the CLI: a usage error exits 2 before anything is written.
    const none = path.join(dir, 'none.db');
    expect((await run('ingest', 'fixtures/no-such-folder', '--db', none)).code).toBe(2);
    expect(existsSync(none)).toBe(false);
    expect((await run('findings', '--db', path.join(dir, 'missing.db'), '--format', 'csv')).code).toBe(2);
  });

  it('findings prints a table, JSON and CSV, filtered by severity and rule; ingest --fail-on exits 1', async () => {
    const db = path.join(dir, 'findings.db');
    await storeWithFinding(db);

    const table = await run('findings', '--db', db);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^severity +rule +document +difference +message$/m);
    expect(table.stdout).toMatch(/^error +xt-01-03 +株洲市社会保险服务中心 2021 +-0\.01 +收入 1,246\.25 与支出 1,246\.26 不符$/m);
    expect(table.stdout).toContain('2 findings: 1 error, 1 info');
    expect(table.stdout).toMatch(/\ndocuments: 1 read, 0 read in part, 0 unreadable\n$/);
    expect(table.stdout).toMatch(/#1 fixtures\/seeds\/004_d487b3c520216221\.html: t\d+ r\d+c\d+ “1,246\.25”; t\d+ r\d+c\d+ “1,246\.25”/);

    const json = await run('findings', '--db', db, '--format', 'json', '--severity', 'warning');
    expect(json.code).toBe(0);
    const out = JSON.parse(json.stdout) as { documents: Record<string, number>; notReadInFull: unknown[]; findings: Record<string, unknown>[] };
    expect(out.documents).toEqual({ read: 1, partial: 0, unreadable: 0, olderVersions: 0 });
    expect(out.notReadInFull).toEqual([]);
    const rows = out.findings;
    expect(rows).toHaveLength(1);
    // exact values in JSON
    expect(rows[0]).toMatchObject({
      rule: 'xt-01-03',
      severity: 'error',
      reading: 'read',
      left_value: '1246.25',
      right_value: '1246.26',
      difference: '-0.01',
      tolerance: '0.01',
      evidence_count: 2,
      year: 2021,
    });

    const csv = await run('findings', '--db', db, '--format', 'csv', '--rule', 'text-lint');
    expect(csv.code).toBe(0);
    const lines = csv.stdout.split('\r\n');
    expect(lines[0]).toBe(
      'reading,severity,rule,department,year,source,message_zh,message_en,diagnostic,left_label,left_value,right_label,right_value,difference,tolerance,evidence_count,evidence,sha256',
    );
    expect(lines[1]).toMatch(
      /^read,info,text-lint,株洲市社会保险服务中心,2021,fixtures\/seeds\/004_d487b3c520216221\.html,提示,a note,,本年收入合计,1246\.25,本年支出合计,1246\.26,-0\.01,0\.01,0,,[0-9a-f]{64}$/,
    );
    expect(lines).toHaveLength(3);
    const quoted = await run('findings', '--db', db, '--format', 'csv', '--severity', 'error');
    expect(quoted.stdout.split('\r\n')[1]).toMatch(/^read,error,xt-01-03,.*,"income 1,246\.25 differs from ""expenditure"" 1,246\.26",/);

    // The document is stored already: ingest skips it, and its stored findings decide --fail-on.
    expect((await run('ingest', SEED, '--db', db, '--fail-on', 'error')).code).toBe(1);
    expect((await run('ingest', SEED, '--db', db, '--fail-on', 'warning')).code).toBe(1);
    expect((await run('ingest', SEED, '--db', db)).code).toBe(0);
  });

  it("start ingests a spec's sources into its outputs.db and exits 0 although a fixture fails on purpose", async () => {
    const db = path.join(dir, 'start.db');
    const spec = path.join(dir, 'spec.json');
    writeFileSync(
      spec,
      JSON.stringify({ name: 'cli-test', sources: ['fixtures/odd/empty.pdf', SEED], concurrency: 1, outputs: { db }, limits: { documentTimeoutSeconds: 60 } }),
    );
    const { code, stdout } = await run('start', spec);
    expect(code).toBe(0);
    expect(stdout).toContain('reading: 1 read, 0 read in part, 1 unreadable');
    expect(stdout).toContain(`store: ${db} (engine ${ENGINE_VERSION}, run 1)`);
    const store = openStore(db);
    try {
      expect(JSON.parse((store.prepare('SELECT options FROM runs').get() as { options: string }).options)).toMatchObject({ concurrency: 1, timeoutMs: 60_000 });
    } finally {
      store.close();
    }
  });
});
