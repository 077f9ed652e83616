import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DocModel } from '../../src/model/index.js';
import { ROOT } from '../helpers/fixtures.js';
import { tempDir } from '../pipeline/helpers.js';

const dir = tempDir('gongkai-cli-');

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
    expect(stdout).toContain(
      '== t1 15×9 · header rows 3 (markup) · number “公开02表” · title “收入决算表” · unit “金额单位：万元” · 部门 “株洲市社会保险服务中心” · year 2021',
    );
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
    expect(stdout).toContain('fixtures/odd/empty.pdf\n  unreadable (empty-file)\n  empty · no fixed pages');
    expect(stdout).toContain('fixtures/odd/no-tounicode.pdf\n  unreadable (pdf-garbled-text)\n');
    expect(stdout).toContain('t0 8×9 head 3 fa02 收入决算表 [金额单位：万元]');
    expect(stdout).toContain('5 documents: 2 read, 0 read in part, 3 unreadable');
  });

  it('run ingests a pipeline spec into its store, prints the summary and writes its report', async () => {
    const spec = path.join(dir, 'spec.json');
    writeFileSync(
      spec,
      JSON.stringify({
        name: 'cli-test',
        sources: ['fixtures/seeds/*.html', 'fixtures/odd'],
        outputs: { db: path.join(dir, 'g.db'), report: path.join(dir, 'report.html') },
      }),
    );
    const { code, stdout } = await run('run', spec);
    // fixtures/odd holds an empty, an encrypted and a font-garbled PDF: unreadable documents make `run` exit 3 (`start` reports them and exits 0).
    expect(code).toBe(3);
    expect(stdout).toMatch(/\n9 files, 9 documents: 9 processed, 0 already stored in [\d.]+ s/);
    expect(stdout).toMatch(/\nreading: 6 read, 0 read in part, 3 unreadable\n/);
    expect(stdout).toMatch(/\nfound: .*; 3 unreadable documents were not checked\n/);
    expect(stdout).toMatch(/report\.html: 9 documents \(3 unreadable, 0 read in part\), \d+ tables, \d+ findings, \d+ highlighted cells/);
    expect(readFileSync(path.join(dir, 'report.html'), 'utf8')).toContain('株洲市社会保险服务中心');
  });

  it('check prints how well the document was read, what was found, every rule outcome, then the findings by severity with their evidence', async () => {
    const { code, stdout } = await run('check', 'fixtures/seeds/004_d487b3c520216221.html');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# fixtures\/seeds\/004_d487b3c520216221\.html\nreading: read\n读取：已读取\nfound: \d+ warnings?, \d+ info\n/);
    expect(stdout).toMatch(/fa01-balance +pass +checked +1\n/);
    // a pass with notes says what the notes are
    expect(stdout).toMatch(/label-normalization +pass +checked +\d+ · \d+ info\n/);
    expect(stdout).toMatch(/xt-05-06 +insufficient-data/);
    expect(stdout).toContain('[fa-table-presence] 目录列出“六、一般公共预算财政拨款基本支出决算表”（fa06），但正文中没有这张表');
    expect(stdout).toMatch(/↳ b11 chars 0–\d+ «六、一般公共预算财政拨款基本支出决算表» at body/);
    const json = JSON.parse((await run('check', 'fixtures/seeds/004_d487b3c520216221.html', '--json')).stdout) as {
      reading: string;
      reasons: unknown[];
      check: { outcomes: { rule: string; outcome: string }[] };
    };
    expect([json.reading, json.reasons]).toEqual(['read', []]);
    expect(json.check.outcomes.find((o) => o.rule === 'fa-func-hierarchy')?.outcome).toBe('pass');
  });

  it('check, extract and dump of a file that cannot be read say so and exit 3', async () => {
    for (const [file, code] of [
      ['fixtures/odd/empty.pdf', 'empty-file'],
      ['fixtures/odd/encrypted.pdf', 'pdf-encrypted'],
    ] as const) {
      const check = await run('check', file);
      expect(check.code).toBe(3);
      expect(check.stdout).toMatch(
        new RegExp(
          `^# ${file.replace(/[./]/g, '\\$&')}\nreading: unreadable — ${code}: .*\n读取：无法读取（${code}）\nnot checked: nothing could be read from it`,
        ),
      );
      expect(check.stdout).not.toMatch(/error: 0|found: nothing/);
      const json = JSON.parse((await run('check', file, '--json')).stdout) as { reading: string; reasons: { code: string }[]; check: unknown };
      expect([json.reading, json.reasons[0]!.code]).toEqual(['unreadable', code]);
      const extract = await run('extract', file);
      expect(extract.code).toBe(3);
      expect(extract.stdout).toMatch(new RegExp(`\nreading: unreadable — ${code}: .*\n(.*\n)*no records: nothing could be read from it`));
      const dump = await run('dump', file);
      expect(dump.code).toBe(3);
      expect(dump.stdout).toMatch(new RegExp(`^reading: unreadable — ${code}: `));
    }
  });

  it('extract prints each table with its numeric cells and the facts drawn from them', async () => {
    const { code, stdout } = await run('extract', 'fixtures/seeds/004_d487b3c520216221.html');
    expect(code).toBe(0);
    expect(stdout).toMatch(/t1 fa02 +score 1\.00 .* · 24 numeric cells · 24 amount facts · 收入决算表/);
    expect(stdout).toContain('t1 fa02 2080101 行政运行 › 本年收入合计 = 1,246.25');
  });

  it('rejects unknown commands and bad arguments with exit code 2, as a process (test/cli/commands.test.ts has every kind)', async () => {
    const bad = await run('frobnicate');
    expect([bad.code, bad.stderr]).toEqual([2, "gongkai: unknown command 'frobnicate'; see gongkai --help\n"]);
    expect((await run('dump')).code).toBe(2);
    expect((await run('dump', 'a', '--bogus')).code).toBe(2);
    expect((await run()).code).toBe(2);
    expect((await run('--help')).code).toBe(0);
    expect((await run('check', '--help')).code).toBe(0);
  });
});
