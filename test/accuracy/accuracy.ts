/**
 * `npm run accuracy [--json FILE] [--detail] [TRUTH…]`: runs every real document that has a truth
 * file (fixtures/truth) through the whole pipeline, each in a fresh process with a time limit, and
 * prints per document and in total: document kind/body/year right, kind accuracy, wrong kinds, tables
 * whole (pieces per printed table), values right, true findings found, false errors, and the 情况说明
 * statements gongkai's narrative facts hold (in parentheses: at the reader's outline node and role).
 */
import { spawn } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DocScore } from './score.js';

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const option = (name: string): string | null => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? null) : null;
};
const named = args.filter((a, i) => a.endsWith('.json') && args[i - 1] !== '--json');
const DIR = 'fixtures/truth';
const files = named.length
  ? named
  : readdirSync(DIR)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => path.join(DIR, f));
const TIMEOUT_MS = Number(process.env.ACCURACY_TIMEOUT_MS ?? 180_000);
const CONCURRENCY = 2;

type Row = { truth: string; score: DocScore | null; error: string | null; ms: number };

function scoreInChild(truth: string): Promise<Row> {
  const start = Date.now();
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ['test/accuracy/child.mjs', truth], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    p.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    const timer = setTimeout(() => p.kill('SIGKILL'), TIMEOUT_MS);
    p.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = Date.now() - start;
      if (signal === 'SIGKILL') return resolve({ truth, score: null, error: `timed out after ${TIMEOUT_MS / 1000} s`, ms });
      if (code !== 0) return resolve({ truth, score: null, error: `exit ${code}: ${err.trim().split('\n').slice(-3).join(' | ')}`, ms });
      resolve({ truth, score: JSON.parse(out.trim().split('\n').at(-1)!) as DocScore, error: null, ms });
    });
  });
}

async function all(): Promise<Row[]> {
  const rows: Row[] = new Array(files.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(CONCURRENCY, files.length) }, async () => {
      while (next < files.length) {
        const i = next++;
        rows[i] = await scoreInChild(files[i]!);
        process.stderr.write(`  ${rows[i]!.score ? 'scored' : 'FAILED'} ${path.basename(files[i]!)} (${(rows[i]!.ms / 1000).toFixed(1)} s)\n`);
      }
    }),
  );
  return rows;
}

const short = (f: string): string => {
  const name = f.replace(/\.pdf(?:\.pdf)?$/, '');
  return [...name].length > 22 ? [...name].slice(0, 21).join('') + '…' : name;
};
const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - [...s].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0)));
const frac = (a: number, b: number): string => (b ? `${a}/${b}` : '—');

interface Totals {
  docs: number;
  docRight: number;
  tables: number;
  kindRight: number;
  wrongKinds: number;
  spurious: number;
  whole: number;
  pieces: number;
  values: number;
  valuesRight: number;
  truthFindings: number;
  found: number;
  falseErrors: number;
  statements: number;
  statementsMatched: number;
  statementsPlaced: number;
}

function line(s: DocScore): { cells: string[]; t: Totals } {
  const t: Totals = {
    docs: 1,
    docRight: s.document.right ? 1 : 0,
    tables: s.tables.length,
    kindRight: s.tables.filter((x) => x.kindRight).length,
    wrongKinds: s.tables.reduce((a, x) => a + x.wrongKinds.length, 0),
    spurious: s.spurious.length,
    whole: s.tables.filter((x) => x.whole).length,
    pieces: s.tables.reduce((a, x) => a + x.pieces.length, 0),
    values: s.values.length,
    valuesRight: s.values.filter((v) => v.right).length,
    truthFindings: s.truthFindings.filter((f) => f.severity !== 'info').length,
    found: s.truthFindings.filter((f) => f.severity !== 'info' && f.matched.length > 0).length,
    falseErrors: s.falseErrors.length,
    statements: s.statements.total,
    statementsMatched: s.statements.matched,
    // Matched at the reader's outline node and in the reader's role.
    statementsPlaced: s.statements.placed,
  };
  return { cells: cellsOf(t, s.document.right ? 'ok' : `${s.document.kind[1]}/${s.document.department[1] ?? '-'}/${s.document.year[1] ?? '-'}`), t };
}

const cellsOf = (t: Totals, doc: string): string[] => [
  doc,
  frac(t.kindRight, t.tables),
  String(t.wrongKinds + t.spurious),
  frac(t.whole, t.tables),
  t.tables ? (t.pieces / t.tables).toFixed(2) : '—',
  frac(t.valuesRight, t.values),
  frac(t.found, t.truthFindings),
  String(t.falseErrors),
  t.statements ? `${t.statementsMatched}/${t.statements} (${t.statementsPlaced})` : '—',
];

const HEAD = [
  'document',
  'read as',
  'kinds right',
  'wrong kinds',
  'whole',
  'pieces/table',
  'values right',
  'findings found',
  'false errors',
  'statements (placed)',
];

const rows = await all();
const total: Totals = {
  docs: 0,
  docRight: 0,
  tables: 0,
  kindRight: 0,
  wrongKinds: 0,
  spurious: 0,
  whole: 0,
  pieces: 0,
  values: 0,
  valuesRight: 0,
  truthFindings: 0,
  found: 0,
  falseErrors: 0,
  statements: 0,
  statementsMatched: 0,
  statementsPlaced: 0,
};
const table: string[][] = [];
for (const r of rows) {
  const name = short(path.basename(r.truth, '.json'));
  if (!r.score) {
    table.push([name, `FAILED: ${r.error}`]);
    continue;
  }
  const { cells, t } = line(r.score);
  for (const k of Object.keys(total) as (keyof Totals)[]) total[k] += t[k];
  table.push([name, ...cells]);
}
table.push([`total (${total.docs} documents)`, ...cellsOf(total, `${total.docRight}/${total.docs} ok`)]);

const widths = HEAD.map((h, i) => Math.max(pad(h, 0).length, ...table.map((r) => pad(r[i] ?? '', 0).length)));
const widthOf = (s: string): number => [...s].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
const fmt = (r: string[]): string => `| ${r.map((c, i) => pad(c, Math.max(widths[i]!, widthOf(HEAD[i]!)))).join(' | ')} |`;
process.stdout.write([fmt(HEAD), `|${HEAD.map((h, i) => '-'.repeat(Math.max(widths[i]!, widthOf(h)) + 2)).join('|')}|`, ...table.map(fmt)].join('\n') + '\n');

if (flag('--detail')) {
  for (const r of rows) {
    if (!r.score) continue;
    const s = r.score;
    const out: string[] = [];
    if (!s.document.right)
      out.push(`  document: kind ${s.document.kind.join(' → ')}, department ${s.document.department.join(' → ')}, year ${s.document.year.join(' → ')}`);
    for (const t of s.tables)
      if (!t.kindRight || !t.whole || t.wrongKinds.length)
        out.push(`  ${t.id} ${t.kind} ${t.title ?? ''}: ${t.pieces.map((p) => `${p.id}[${p.kind}] p${p.pages.join(',')}`).join(' + ') || 'not found'}`);
    for (const x of s.spurious) out.push(`  extra ${x.id}[${x.kind}] p${x.pages.join(',')}`);
    for (const v of s.values)
      if (!v.right) out.push(`  value ${v.table} ${v.row} × ${v.column.join('›')}: want ${v.expected}, got ${v.got ?? `nothing (${v.why})`}`);
    for (const f of s.truthFindings) if (f.severity !== 'info' && !f.matched.length) out.push(`  missed ${f.severity} ${f.rule ?? ''}: ${f.why.slice(0, 140)}`);
    for (const e of s.falseErrors) out.push(`  false error ${e}`);
    if (out.length) process.stdout.write(`\n${s.file}\n${out.join('\n')}\n`);
  }
}
const json = option('--json');
if (json) writeFileSync(json, JSON.stringify({ total, documents: rows.map((r) => ({ truth: r.truth, error: r.error, ms: r.ms, score: r.score })) }, null, 2));
