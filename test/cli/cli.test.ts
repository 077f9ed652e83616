import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

  it('run ingests a pipeline spec into its store, prints the summary and writes its report', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gongkai-cli-'));
    const spec = path.join(dir, 'spec.json');
    writeFileSync(spec, JSON.stringify({ name: 'cli-test', sources: ['fixtures/seeds/*.html', 'fixtures/odd'], outputs: { db: path.join(dir, 'g.db'), report: path.join(dir, 'report.html') } }));
    const { code, stdout } = await run('run', spec);
    // fixtures/odd holds an empty and an encrypted PDF: failed documents make `run` exit 3 (`start` reports them and exits 0).
    expect(code).toBe(3);
    expect(stdout).toMatch(/\n9 files, 9 documents: 9 processed, 0 already stored in [\d.]+ s/);
    expect(stdout).toMatch(/\ndocuments: \d+ ok, \d+ needs-review, 2 failed\n/);
    expect(stdout).toMatch(/report\.html: 9 documents, \d+ tables, \d+ findings, \d+ highlighted cells/);
    expect(readFileSync(path.join(dir, 'report.html'), 'utf8')).toContain('株洲市社会保险服务中心');
  });

  it('check prints every rule outcome, then the findings by severity with their evidence', async () => {
    const { code, stdout } = await run('check', 'fixtures/seeds/004_d487b3c520216221.html');
    expect(code).toBe(0);
    expect(stdout).toMatch(/fa01-balance +pass +checked +1/);
    expect(stdout).toMatch(/xt-05-06 +insufficient-data/);
    expect(stdout).toContain('[fa-table-presence] 目录列出“六、一般公共预算财政拨款基本支出决算表”（fa06），但正文中没有这张表');
    expect(stdout).toMatch(/↳ b11 chars 0–\d+ «六、一般公共预算财政拨款基本支出决算表» at body/);
    const json = JSON.parse((await run('check', 'fixtures/seeds/004_d487b3c520216221.html', '--json')).stdout) as { outcomes: { rule: string; outcome: string }[] };
    expect(json.outcomes.find((o) => o.rule === 'fa-func-hierarchy')?.outcome).toBe('pass');
  });

  it('extract prints each table with its numeric cells and the facts drawn from them', async () => {
    const { code, stdout } = await run('extract', 'fixtures/seeds/004_d487b3c520216221.html');
    expect(code).toBe(0);
    expect(stdout).toMatch(/t1 fa02 +score 1\.00 .* · 24 numeric cells · 24 amount facts · 收入决算表/);
    expect(stdout).toContain('t1 fa02 2080101 行政运行 › 本年收入合计 = 1,246.25');
  });

  it('rejects unknown commands and bad arguments with exit code 2', async () => {
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('dump')).code).toBe(2);
    expect((await run('dump', 'a', '--bogus')).code).toBe(2);
    expect((await run()).code).toBe(2);
    expect((await run('--help')).code).toBe(0);
  });
});
