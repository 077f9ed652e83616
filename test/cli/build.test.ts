/**
 * The compiled build (scripts/build.mjs), which `gongkai`, `npm start` and the batch workers run:
 * built into a folder of its own inside the repository (so that its packages resolve), it must do
 * what the sources do, with no transpiler at run time.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixtures.js';
import { tempDir } from '../pipeline/helpers.js';

const exec = promisify(execFile);
const OUT = path.join(ROOT, 'node_modules', '.cache', 'gongkai', `build-test-${process.pid}`);
const dir = tempDir('gongkai-build-');

const run = async (entry: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
  try {
    const { stdout, stderr } = await exec(process.execPath, [entry, ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
};
const compiled = (...args: string[]) => run(path.join(OUT, 'gongkai.mjs'), ...args);
const sources = (...args: string[]) => run(path.join(ROOT, 'src/cli/gongkai.mjs'), ...args);

describe('the compiled build', { timeout: 300_000 }, () => {
  beforeAll(async () => {
    await exec(process.execPath, ['scripts/build.mjs', '--out', OUT], { cwd: ROOT });
  }, 300_000);
  afterAll(() => rmSync(OUT, { recursive: true, force: true }));

  it('is plain JavaScript that loads no transpiler and no TypeScript source', () => {
    const files = readdirSync(OUT);
    expect(files).toEqual(expect.arrayContaining(['gongkai.mjs', 'worker.mjs', 'api.mjs', 'help.json']));
    for (const f of files.filter((f) => f.endsWith('.mjs'))) {
      const js = readFileSync(path.join(OUT, f), 'utf8');
      expect(js, f).not.toMatch(/from\s*["']tsx|import\(["']tsx|\.ts["']\)/);
      // The only source file it loads is pdfjs's loader, which is JavaScript.
      for (const m of js.matchAll(/import\(["']([^"']*src\/[^"']*)["']\)/g)) expect(m[1], f).toMatch(/src\/parse\/pdf\/pdfjs\.mjs$/);
    }
  });

  it('checks the 2024 决算 as the sources do', async () => {
    const file = 'fixtures/real/上海市普陀区财政局2024年度部门决算.pdf';
    const [a, b] = await Promise.all([compiled('check', file, '--json'), sources('check', file, '--json')]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect((JSON.parse(a.stdout) as { check: { findings: unknown[] } }).check.findings.length).toBeGreaterThan(0);
  });

  it('keeps the help the compiled CLI prints, which bin/gongkai.mjs prints without loading it', async () => {
    const help = JSON.parse(readFileSync(path.join(OUT, 'help.json'), 'utf8')) as Record<
      string,
      { args: string[]; stdout: string; stderr: string; status: number }
    >;
    for (const h of Object.values(help)) {
      const r = await sources(...h.args);
      expect({ stdout: h.stdout, stderr: h.stderr, status: h.status }).toEqual({ stdout: r.stdout, stderr: r.stderr, status: r.code });
    }
    expect(help.help!.stdout).toContain('check [options] [file]');
  });

  it('ingests with two workers started from the compiled worker, storing what the sources store', async () => {
    const files = [
      'fixtures/seeds/004_d487b3c520216221.html',
      'fixtures/seeds/000_4d0b4c40ef830124.docx',
      'fixtures/real/dept_budget.pdf',
      'fixtures/odd/empty.pdf',
    ];
    const [a, b] = await Promise.all([
      compiled('ingest', ...files, '--db', path.join(dir, 'compiled.db'), '--concurrency', '2', '--json'),
      sources('ingest', ...files, '--db', path.join(dir, 'sources.db'), '--concurrency', '2', '--json'),
    ]);
    expect(a.code).toBe(b.code);
    const summary = (s: string) => {
      const { runId: _r, ms: _m, db: _d, workerPeakRssMb: _w, ...rest } = JSON.parse(s) as Record<string, unknown>;
      return rest;
    };
    expect(summary(a.stdout)).toEqual(summary(b.stdout));
    expect(summary(a.stdout)).toMatchObject({ documents: 4, processed: 4 });
  });
});
