/**
 * `npm run mutate [-- --doc FILE…] [--json OUT] [--per-kind N] [--seed S] [--kinds K,…]` (or
 * MUTATE_PER_KIND=N, default 3 per document and kind, chosen with a seeded generator): fault
 * injection. Every clean real disclosure of fixtures/real (its truth file says it is one; the
 * error-injected copy of the 2024 决算 is left out) is parsed once, and faults of every kind are
 * planted in it one at a time; the seeds' HTML take part for the 自评表 faults. Each document runs in
 * its own process with a time limit. Prints recall per rule family and per fault kind, every extra
 * finding and missed fault, and the errors the unmutated documents make that their truth files do
 * not name. Exits 0: it is a measurement.
 */
import { spawn } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FaultKind } from './fault.js';
import type { DocResult } from './run-doc.js';
import { truthOf } from './run-doc.js';
import { render, summarise } from './summary.js';

const args = process.argv.slice(2);
const option = (name: string): string | null => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? null) : null;
};
const docs = args.flatMap((a, i) => (args[i - 1] === '--doc' ? [a] : []));
const perKind = Number(option('--per-kind') ?? process.env.MUTATE_PER_KIND ?? 3);
const seed = option('--seed') ?? 'gongkai';
const kinds = option('--kinds');
const TIMEOUT_MS = Number(process.env.MUTATE_TIMEOUT_MS ?? 300_000);
const CONCURRENCY = 2;

/** The error-injected copy of the 2024 决算: its faults are the repository author's, not ours to plant beside. */
const INJECTED = '24年普陀区财政局（测试问题版本）.pdf';
/** The seeds print 部门整体 自评表 (the real documents only 项目支出 ones): they take part for the score faults. */
const SEED_KINDS: FaultKind[] = ['score'];

interface Job {
  file: string;
  kinds: readonly FaultKind[] | null;
}

function jobs(): Job[] {
  const only = kinds ? (kinds.split(',') as FaultKind[]) : null;
  if (docs.length) return docs.map((file) => ({ file, kinds: /fixtures\/seeds\//.test(file) ? (only ?? SEED_KINDS) : only }));
  const real = readdirSync('fixtures/real')
    .filter((f) => f !== INJECTED && truthOf(f)?.document.disclosure === true)
    .sort()
    .map((f) => ({ file: path.join('fixtures/real', f), kinds: only }));
  const seeds = readdirSync('fixtures/seeds')
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ file: path.join('fixtures/seeds', f), kinds: only ? only.filter((k) => SEED_KINDS.includes(k)) : SEED_KINDS }));
  return [...real, ...seeds.filter((s) => s.kinds.length)];
}

type Row = { file: string; result: DocResult | null; error: string | null; ms: number };

function inChild(job: Job): Promise<Row> {
  const start = Date.now();
  const argv = ['test/mutate/child.mjs', job.file, String(perKind), seed, ...(job.kinds ? [job.kinds.join(',')] : [])];
  return new Promise((resolve) => {
    const p = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    p.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    const timer = setTimeout(() => p.kill('SIGKILL'), TIMEOUT_MS);
    p.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = Date.now() - start;
      if (signal === 'SIGKILL') return resolve({ file: job.file, result: null, error: `timed out after ${TIMEOUT_MS / 1000} s`, ms });
      if (code !== 0) return resolve({ file: job.file, result: null, error: `exit ${code}: ${err.trim().split('\n').slice(-3).join(' | ')}`, ms });
      resolve({ file: job.file, result: JSON.parse(out.trim().split('\n').at(-1)!) as DocResult, error: null, ms });
    });
  });
}

async function all(list: Job[]): Promise<Row[]> {
  const rows: Row[] = new Array(list.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(CONCURRENCY, list.length) }, async () => {
      while (next < list.length) {
        const i = next++;
        const r = (rows[i] = await inChild(list[i]!));
        const f = r.result?.faults ?? [];
        const note = r.result
          ? `${f.length} faults, ${f.filter((x) => x.verdict === 'found').length} found, ${f.reduce((a, x) => a + x.extra.length, 0)} extra`
          : `FAILED: ${r.error}`;
        process.stderr.write(`  ${path.basename(r.file)}: ${note} (${(r.ms / 1000).toFixed(1)} s)\n`);
      }
    }),
  );
  return rows;
}

const rows = await all(jobs());
const summary = summarise(rows);
process.stdout.write(render(summary) + '\n');
const json = option('--json');
if (json) writeFileSync(json, JSON.stringify({ options: { perKind, seed, kinds }, summary, documents: rows }, null, 2));
