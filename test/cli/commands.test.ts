/**
 * The command line as a person meets it, in this process (main() with stdout and stderr caught):
 * every command's --help, --version, the rules, and every kind of wrong input as one line and exit 2
 * before any document is read.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/program.js';
import { ruleEntries } from '../../src/report/rules.js';
import { editDistance, suggest } from '../../src/cli/usage.js';
import { CATALOGUE } from '../../src/rules/_lib/catalogue.js';
import { tempDir } from '../pipeline/helpers.js';

const COMMANDS = ['dump', 'parse', 'extract', 'check', 'ingest', 'findings', 'export', 'report', 'run', 'crawl', 'start', 'rules', 'bodies'];
const scratch = tempDir('gongkai-commands-');

/** Runs gongkai in this process; what it printed and its exit code. */
async function gongkai(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const [o, e] = [process.stdout.write, process.stderr.write];
  process.stdout.write = ((s: string) => (out.push(String(s)), true)) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => (err.push(String(s)), true)) as typeof process.stderr.write;
  try {
    const code = await main(argv);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = o;
    process.stderr.write = e;
  }
}

describe('gongkai --help, --version, rules', () => {
  it('prints the commands, what the statuses mean and the exit codes', async () => {
    const r = await gongkai('--help');
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${c}\\b`, 'm'));
    expect(r.stdout).toContain('read, read in part or unreadable');
    expect(r.stdout).toMatch(/^ {2}3 {2}some documents or sources could not be read/m);
    // no command at all: the help on stderr, a usage error
    const none = await gongkai();
    expect([none.code, none.stdout]).toEqual([2, '']);
    expect(none.stderr).toContain('Usage: gongkai');
  });

  it.each(COMMANDS)('gongkai %s --help', async (c) => {
    const r = await gongkai(c, '--help');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Usage: gongkai ${c}\\b`));
    expect(r.stdout).toContain('-h, --help');
    expect(r.stderr).toBe('');
  });

  it('gongkai --version and -V', async () => {
    for (const flag of ['--version', '-V']) {
      const r = await gongkai(flag);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^gongkai \d+\.\d+\.\d+ \(engine revision \d+\)\n$/);
    }
  });

  it('gongkai rules lists every rule of the catalogue by family, with what it checks and what a finding says in Chinese', async () => {
    const r = await gongkai('rules');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^119 rules: 106 of the catalogue and 13 gongkai adds; 2 not implemented/);
    for (const c of CATALOGUE) expect(r.stdout).toMatch(new RegExp(`^  ${c.id} +${c.severity} `, 'm'));
    expect(r.stdout).toContain('A4 决算 cross-table · 决算表间勾稽');
    expect(r.stdout).toContain('问题：{code}：公开02 收入 {left} 与公开03 支出 {right} 不同');
    const entries = ruleEntries();
    expect(
      entries
        .filter((e) => !e.implemented)
        .map((e) => e.id)
        .sort(),
    ).toEqual(['narrative-reason-consistency', 'st-qualitative-band']);
    expect(entries.filter((e) => e.messages === null)).toEqual([]);
    const json = await gongkai('rules', '--json');
    expect((JSON.parse(json.stdout) as unknown[]).length).toBe(CATALOGUE.length);
  });

  it('gongkai rules ID shows one rule in full, in Chinese and English', async () => {
    const r = await gongkai('rules', 'xt-02-03-func');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('xt-02-03-func · A4 决算 cross-table · 决算表间勾稽');
    expect(r.stdout).toMatch(/^a finding says \(中文\): \{code\}：公开02 收入/m);
    expect(r.stdout).toMatch(/^a finding says \(en\): +\{code\}: 公开02 income/m);
    expect((await gongkai('rules', 'st-qualitative-band')).stdout).toMatch(/not implemented: .*needs judgement: which band/);
  });
});

describe('wrong input: one line, exit 2, nothing read', () => {
  const folder = path.join(scratch, 'a-folder');
  mkdirSync(folder, { recursive: true });
  const spec = path.join(scratch, 'bad-spec.json');
  writeFileSync(spec, JSON.stringify({ name: 'Bad Name', sources: [] }));

  const CASES: [string, string[], RegExp][] = [
    ['an unknown command, with the nearest', ['chek', 'x.pdf'], /^gongkai: unknown command 'chek' \(did you mean check\?\); see gongkai --help$/],
    [
      'an unknown option, with the nearest',
      ['check', '--jsn', 'fixtures/odd/empty.pdf'],
      /^gongkai check: unknown option '--jsn' \(did you mean --json\?\); see gongkai check --help$/,
    ],
    ['a missing FILE argument', ['extract'], /^gongkai extract: missing required argument 'file'; see gongkai extract --help$/],
    ['a file that does not exist', ['check', 'no/such/file.pdf'], /^gongkai check: no such file: no\/such\/file\.pdf$/],
    [
      'a folder where a file is expected (check)',
      ['check', 'fixtures/odd'],
      /^gongkai check: fixtures\/odd is a folder; check reads one file \(gongkai parse and gongkai ingest read folders\)$/,
    ],
    ['a folder where a file is expected (extract)', ['extract', 'fixtures'], /^gongkai extract: fixtures is a folder; extract reads one file/],
    ['a folder where a file is expected (dump)', ['dump', 'fixtures'], /^gongkai dump: fixtures is a folder; dump reads one file/],
    [
      'a bad --rule id, with the nearest',
      ['findings', '--rule', 'xt-01-3', '--db', 'x.db'],
      /^gongkai findings: --rule: no rule "xt-01-3" \(did you mean xt-01-03\?\); gongkai rules lists them$/,
    ],
    ['a bad rule id to rules', ['rules', 'fa02-rowsum'], /^gongkai rules: no rule "fa02-rowsum" \(did you mean fa02-row-sum\?\); gongkai rules lists them$/],
    [
      'a bad enum value (--severity)',
      ['findings', '--severity', 'fatal'],
      /^gongkai findings: option '--severity <severity>' argument 'fatal' is invalid\. Allowed choices are error, warning, info\.; see gongkai findings --help$/,
    ],
    [
      'a bad enum value (--format)',
      ['export', '--format', 'xls', '--out', 'x'],
      /^gongkai export: option '--format <format>' argument 'xls' is invalid\. Allowed choices are csv, jsonl, xlsx, parquet\./,
    ],
    [
      'a bad enum value (--fail-on)',
      ['check', '--fail-on', 'info', 'fixtures/odd/empty.pdf'],
      /^gongkai check: option '--fail-on <severity>' argument 'info' is invalid/,
    ],
    ['a missing required option', ['report'], /^gongkai report: required option '--out <file.html>' not specified; see gongkai report --help$/],
    [
      'a bad number',
      ['ingest', '--concurrency', '0', 'fixtures/odd/empty.pdf'],
      /^gongkai ingest: --concurrency must be a whole number from 1 to 64, not "0"$/,
    ],
    [
      'a store that is not there',
      ['findings', '--db', 'no/such/store.db'],
      /^gongkai findings: no store at no\/such\/store\.db \(gongkai ingest makes one; --db names another\)$/,
    ],
    ['a report of a store that is not there', ['report', '--out', 'x.html', '--db', 'no/such.db'], /^gongkai report: no store at no\/such\.db/],
    ['a spec that is not there', ['run', 'pipelines/no-such.json'], /^gongkai run: no such file: pipelines\/no-such\.json$/],
    ['a spec that is not valid', ['run', spec], /^gongkai run: .*bad-spec\.json: /],
    [
      'a path to ingest that is not there',
      ['ingest', 'no/such/folder', '--db', path.join(scratch, 'never.db')],
      /^gongkai ingest: no such file or folder: no\/such\/folder$/,
    ],
    ['check with neither FILE nor --cross', ['check'], /^gongkai check: give a FILE to check \(or --cross to check the store\)$/],
    ['check --cross with a FILE', ['check', '--cross', 'fixtures/odd/empty.pdf'], /^gongkai check: --cross takes no FILE \(it checks the store\)$/],
    ['check --cross of a store that is not there', ['check', '--cross', '--db', 'no/such.db'], /^gongkai check: no store at no\/such\.db/],
    ['bodies of a store that is not there', ['bodies', '--db', 'no/such.db'], /^gongkai bodies: no store at no\/such\.db/],
    ['bodies merge without two ids', ['bodies', 'merge', '3', '--db', 'no/such.db'], /^gongkai bodies: merge takes two body ids: INTO FROM$/],
    [
      'a bodies action that is not one',
      ['bodies', 'merje', '1', '2'],
      /^gongkai bodies: command-argument value 'merje' is invalid for argument 'action'\. Allowed choices are list, merge, rename\./,
    ],
    [
      'too many arguments',
      ['check', 'fixtures/odd/empty.pdf', 'fixtures/odd/encrypted.pdf'],
      /^gongkai check: too many arguments for 'check'\. Expected 1 argument but got 2\.; see gongkai check --help$/,
    ],
  ];

  it.each(CASES)('%s', async (_what, argv, line) => {
    const r = await gongkai(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.endsWith('\n')).toBe(true);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr.trimEnd()).toMatch(line);
  });

  it('suggests by edit distance, and what a short id starts', () => {
    expect(editDistance('chek', 'check')).toBe(1);
    expect(editDistance('xt-01-30', 'xt-01-03')).toBe(1);
    expect(suggest('xt-02-03', ['xt-01-03', 'xt-02-03-func', 'fa02-row-sum'])).toEqual(['xt-02-03-func', 'xt-01-03']);
    expect(suggest('zzzz', ['xt-01-03'])).toEqual([]);
  });
});
