import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DocModel } from '../../src/model/index.js';
import { ROOT } from '../helpers/fixtures.js';

const run = async (...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [path.join(ROOT, 'src/cli/gongkai.mjs'), ...args], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
};

describe('gongkai CLI', { timeout: 60_000 }, () => {
  it('dump prints blocks with outline levels and each table as an aligned grid', async () => {
    const { code, stdout } = await run('dump', 'fixtures/seeds/004_d487b3c520216221.docx');
    expect(code).toBe(0);
    expect(stdout).toContain('format docx');
    expect(stdout).toMatch(/\[b\d+ H3 L2\]\s+一、部门职责/);
    expect(stdout).toContain('== t1 15×9 · header rows 3 (markup) · title “收入决算表” · unit “金额单位：万元”');
    expect(stdout).toMatch(/\| 2080101 +\| 行政运行 +\| 1,246\.25 +\| 1,246\.25 +\|/);
  });

  it('dump --json prints a model that validates against the schema', async () => {
    const { code, stdout } = await run('dump', 'fixtures/seeds/000_4d0b4c40ef830124.html', '--json');
    expect(code).toBe(0);
    const doc = DocModel.parse(JSON.parse(stdout));
    expect(doc.tables.map((t) => t.title)).toEqual(['部门整体支出绩效评价基础数据表', '部门整体支出绩效自评表']);
  });

  it('parse prints one summary per document and exits 3 when a file could not be read', async () => {
    const { code, stdout } = await run('parse', 'fixtures/odd');
    expect(code).toBe(3);
    expect(stdout).toContain('fixtures/odd/empty.pdf\n  failed · empty');
    expect(stdout).toContain('t0 8×9 head 3 fa02 收入决算表 [金额单位：万元]');
    expect(stdout).toContain('5 documents: 1 ok, 2 needs-review, 2 failed');
  });

  it('start parses every fixture and exits 0', async () => {
    const { code, stdout } = await run('start');
    expect(code).toBe(0);
    expect(stdout).toMatch(/\n\d+ documents: \d+ ok, \d+ needs-review, 2 failed\n$/);
    expect(stdout).toMatch(/fixtures\/real\/上海市财政局25年预算\.pdf\n  ok · pdf · 21 pages · \d+ blocks .* · 9 tables\n/);
    expect(stdout).toContain('t1 27×9 head 3 bu02 2025年预算单位收入预算总表 [单位：元]');
  });

  it('rejects unknown commands and bad arguments with exit code 2', async () => {
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('dump')).code).toBe(2);
    expect((await run('dump', 'a', '--bogus')).code).toBe(2);
    expect((await run()).code).toBe(2);
    expect((await run('--help')).code).toBe(0);
  });
});
