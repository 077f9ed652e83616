/**
 * The per-stage profile of `npm run bench`: every real PDF of fixtures/real/ through detect, parse,
 * classify, extract, check and store, each document in a fresh process (test/bench/stage-child.mjs)
 * with `pdftotext -layout` on the same file interleaved run by run; medians of RUNS runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const STAGES = ['detect', 'parse', 'classify', 'extract', 'check', 'store'] as const;
type Stage = (typeof STAGES)[number];

export interface DocProfile {
  file: string;
  pages: number;
  status: string;
  diagnostics: string[];
  ms: Record<Stage | 'total', number>;
  pdftotextMs: number | null;
  peakRssMb: number;
}

/** A document whose child did not finish (or failed): the stage it was in and what it printed. */
export interface DocFailure {
  file: string;
  stage: string;
  error: string;
}

export const realPdfs = (dir = 'fixtures/real'): string[] =>
  readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.pdf'))
    .sort()
    .map((f) => path.join(dir, f));

export function profileDocument(file: string, runs: number, timeoutMs: number, env: NodeJS.ProcessEnv = {}): DocProfile | DocFailure {
  // The store lives in a folder this process removes: a child stopped at the time limit cannot.
  const dir = mkdtempSync(path.join(tmpdir(), 'gongkai-bench-stages-'));
  let r;
  try {
    r = spawnSync(process.execPath, ['test/bench/stage-child.mjs', file, String(runs), path.join(dir, 'bench.db')], {
      encoding: 'utf8',
      timeout: timeoutMs,
      killSignal: 'SIGKILL',
      maxBuffer: 64 << 20,
      env: { ...process.env, ...env },
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const stage =
    r.stderr
      .trim()
      .split('\n')
      .filter((l) => /^[a-z]+$/.test(l))
      .at(-1) ?? 'start-up';
  if (r.status === 0) return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as DocProfile;
  const error =
    r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT'
      ? `did not finish in ${timeoutMs / 1000} s`
      : r.stderr
          .split('\n')
          .filter((l) => !/^[a-z]+$/.test(l))
          .slice(-5)
          .join(' ');
  return { file, stage, error };
}

const perPage = (ms: number, pages: number): string => (pages ? (ms / pages).toFixed(1) : '-');

/** The table (one row a document, stages in ms/page), then the totals, the slowest document and stage. */
export function stageReport(results: (DocProfile | DocFailure)[]): { table: string[][]; lines: string[] } {
  const table: string[][] = [['PDF', 'pages', ...STAGES.map((s) => `${s} ms/p`), 'pipeline ms', 'pdftotext ms', '×', 'peak RSS MB']];
  const ok = results.filter((r): r is DocProfile => 'ms' in r);
  for (const r of results) {
    const name = path.basename(r.file).slice(0, 28);
    if (!('ms' in r)) {
      table.push([name, '?', ...STAGES.map((s) => (s === r.stage ? 'STOPPED' : '')), r.error, '', '', '']);
      continue;
    }
    const ratio = r.pdftotextMs ? `${(r.ms.total / r.pdftotextMs).toFixed(1)}` : '-';
    table.push([
      name,
      String(r.pages),
      ...STAGES.map((s) => perPage(r.ms[s], r.pages)),
      r.ms.total.toFixed(0),
      r.pdftotextMs?.toFixed(0) ?? 'not installed',
      ratio,
      r.peakRssMb.toFixed(0),
    ]);
  }
  const pages = ok.reduce((a, r) => a + r.pages, 0);
  const total = ok.reduce((a, r) => a + r.ms.total, 0);
  const sums = Object.fromEntries(STAGES.map((s) => [s, ok.reduce((a, r) => a + r.ms[s], 0)])) as Record<Stage, number>;
  table.push(['all', String(pages), ...STAGES.map((s) => perPage(sums[s], pages)), total.toFixed(0), '', '', '']);
  const lines: string[] = [];
  const poppler = ok.every((r) => r.pdftotextMs !== null) ? ok.reduce((a, r) => a + r.pdftotextMs!, 0) : null;
  lines.push(
    `whole pipeline (detect → store), ${ok.length} documents, ${pages} pages: ${(total / 1000).toFixed(2)} s, ${(pages / (total / 1000)).toFixed(0)} pages/s on one core` +
      (poppler === null
        ? '; pdftotext: not installed (Debian poppler-utils)'
        : `; pdftotext -layout ${(poppler / 1000).toFixed(2)} s: ${(total / poppler).toFixed(1)}×`),
  );
  if (poppler !== null && ok.length) {
    const worst = ok.reduce((a, r) => (r.ms.total / r.pdftotextMs! > a.ms.total / a.pdftotextMs! ? r : a));
    lines.push(`highest ratio to pdftotext: ${path.basename(worst.file)} ${(worst.ms.total / worst.pdftotextMs!).toFixed(1)}×`);
  }
  if (ok.length) {
    const slowest = ok.reduce((a, r) => (r.ms.total / r.pages > a.ms.total / a.pages ? r : a));
    const stage = STAGES.reduce((a, s) => (slowest.ms[s] > slowest.ms[a] ? s : a));
    lines.push(
      `slowest document: ${path.basename(slowest.file)}, ${perPage(slowest.ms.total, slowest.pages)} ms/page; its slowest stage: ${stage} (${slowest.ms[stage].toFixed(0)} ms)`,
    );
  }
  for (const r of results) if (!('ms' in r)) lines.push(`STOPPED: ${path.basename(r.file)} in ${r.stage}: ${r.error}`);
  return { table, lines };
}
