/**
 * `npm run bench`: speed and memory, medians (never timed inside tests). Sections, all by default,
 * or some with BENCH_SECTIONS=startup,stages,workers,fixtures,office,docx,long:
 *
 *   startup   `gongkai --help` and `gongkai check` of the 25-page 决算, each a fresh process
 *   stages    every real PDF of fixtures/real/ through detect, parse, classify, extract, check and
 *             store in ms/page, each document in a fresh process, against `pdftotext -layout` on the
 *             same file in the same run (test/bench/stages.ts); the slowest document and its stage
 *   workers   the whole batch over fixtures/real/ with 1 and 2 workers: documents/s, pages/s, peak RSS
 *   fixtures  parse time of every fixture, in this process (the legacy Office files apart)
 *   office    the legacy Office fixtures (XLS, ET, DOC, WPS): LibreOffice's conversion time per document
 *             and the whole parse (BENCH_OFFICE_RUNS, 3 by default)
 *   docx      DOCX tables at scale (ours vs mammoth alone)
 *   long      a generated 300-page PDF in fresh processes (median time, pages/s, peak RSS)
 *
 * What runs is the compiled build (dist/, `npm run build`), as `gongkai` runs; BENCH_SOURCES=1 runs
 * src/ through tsx instead (how gongkai ran before it was compiled).
 *   BENCH_RUNS=9 BENCH_BATCH_RUNS=5 npm run bench
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { parseDocument } from '../../src/parse/index.js';
import { pdfjsDisplay, pdfjsWorker, restoredBuiltins } from '../../src/parse/pdf/pdfjs.mjs';
import { collectFiles } from '../../src/sources/collect.js';
import { fromBytes } from '../../src/sources/file.js';
import { makeDocx, wp, wtbl, wtc, wtr } from '../helpers/docx.js';
import { profileDocument, realPdfs, stageReport } from './stages.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const peakMb = (): number => process.resourceUsage().maxRSS / 1024;

async function time(fn: () => Promise<unknown>, runs = RUNS): Promise<number> {
  await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

/** A 收入决算表-shaped table: two header rows with spans, 40 rows × 9 columns, borders on every cell as Word writes them. */
function incomeTable(): string {
  const border =
    '<w:tcPr><w:tcBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/></w:tcBorders></w:tcPr>';
  const cell = (t: string): string =>
    `<w:tc>${border}<w:p><w:pPr><w:jc w:val="right"/><w:rPr><w:rFonts w:ascii="宋体"/><w:sz w:val="18"/></w:rPr></w:pPr><w:r><w:rPr><w:rFonts w:ascii="宋体"/><w:sz w:val="18"/></w:rPr><w:t>${t}</w:t></w:r></w:p></w:tc>`;
  const head = [
    wtr(
      [
        wtc('项目', { span: 2 }),
        ...['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'].map((h) => wtc(h, { vMerge: 'restart' })),
      ],
      { header: true },
    ),
    wtr([wtc('功能分类科目编码'), wtc('科目名称'), ...Array.from({ length: 7 }, () => wtc('', { vMerge: 'continue' }))], { header: true }),
  ];
  const body = Array.from(
    { length: 40 },
    (_, i) => `<w:tr>${[`20801${String(i).padStart(2, '0')}`, '行政运行', '1,246.25', '1,220.80', '', '', '', '', '25.45'].map(cell).join('')}</w:tr>`,
  );
  return wp('收入决算表') + wp('金额单位：万元') + wtbl([...head, ...body]);
}

const SECTIONS = new Set((process.env.BENCH_SECTIONS ?? 'startup,stages,workers,fixtures,office,docx,long').split(','));
const SOURCES = process.env.BENCH_SOURCES === '1';
const print = (t: string[][]): void => {
  const w = t[0]!.map((_, c) => Math.max(...t.map((r) => [...(r[c] ?? '')].length)));
  for (const r of t) console.log(r.map((s, c) => (c === 0 ? s.padEnd(w[c]!) : s.padStart(w[c]!))).join('  '));
  console.log();
};
const load = (): string =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
if (!SOURCES && !existsSync('dist/gongkai.mjs')) throw new Error('no compiled build in dist/: run npm run build (npm ci runs it)');
console.log(
  `gongkai bench · node ${process.version} · ${os.cpus().length} cores · ${RUNS} runs, medians · ${SOURCES ? 'src/ through tsx (BENCH_SOURCES=1)' : 'the compiled build (dist/)'} · load average ${load()}`,
);
console.log(
  `pdfjs-dist worker: ${pdfjsWorker.changed ? 'the copy (fonts read for text only, inflate in JavaScript, operator lists handed over, undici unloaded, images undecoded without OCR, text states cloned flat)' : `stock (${pdfjsWorker.reason})`}; display: ${pdfjsDisplay.changed ? 'the copy (operator lists taken uncopied, undici unloaded, the no-image option passed on)' : `stock (${pdfjsDisplay.reason})`}; built-ins restored after its polyfills: ${restoredBuiltins.join(', ') || 'none'}\n`,
);

if (SECTIONS.has('startup')) {
  // A fresh process each time, as a user starts it: the bin (or, with BENCH_SOURCES=1, the tsx entry).
  const cli = SOURCES ? 'src/cli/gongkai.mjs' : 'bin/gongkai.mjs';
  const startup: string[][] = [['command (fresh process)', 'median s', 'min s', 'max s']];
  const DECISION = 'fixtures/real/上海市普陀区财政局2024年度部门决算.pdf';
  for (const args of [['--help'], ['check', DECISION]]) {
    const ms: number[] = [];
    for (let i = 0; i < Math.max(RUNS, 5) + 1; i++) {
      const t = performance.now();
      const r = spawnSync(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`gongkai ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
      if (i > 0) ms.push(performance.now() - t); // the first run warms the file cache
    }
    startup.push([
      `gongkai ${args.map((a) => (a.includes('/') ? path.basename(a) : a)).join(' ')}`,
      (median(ms) / 1000).toFixed(3),
      (Math.min(...ms) / 1000).toFixed(3),
      (Math.max(...ms) / 1000).toFixed(3),
    ]);
  }
  print(startup);
}

if (SECTIONS.has('stages')) {
  const timeoutMs = Number(process.env.BENCH_DOC_TIMEOUT ?? 300) * 1000;
  const results = realPdfs().map((f) => profileDocument(f, RUNS, timeoutMs, SOURCES ? { BENCH_SOURCES: '1' } : {}));
  const { table, lines } = stageReport(results);
  console.log(
    `every real PDF of fixtures/real/, each in a fresh process: one warm-up, then ${RUNS} runs with pdftotext -layout after each; stages in ms/page (parse includes its own detect)`,
  );
  print(table);
  for (const l of lines) console.log(l);
  console.log();
}

if (SECTIONS.has('fixtures')) {
  const rows: string[][] = [['input', 'pages', 'tables', 'median ms', 'pages/s']];
  const { files } = await collectFiles(['fixtures']);
  let totalPages = 0;
  let totalMs = 0;
  for (const f of files) {
    const buf = readFileSync(f);
    const src = fromBytes(f, new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
    const doc = await parseDocument(src);
    // Legacy Word and Excel files are converted by LibreOffice: timed in the office section.
    if (doc.format === 'xls' || doc.format === 'doc') continue;
    const ms = await time(() => parseDocument(src));
    const pages = doc.pages.length;
    totalPages += pages;
    totalMs += ms;
    rows.push([path.relative('fixtures', f), String(pages || '-'), String(doc.tables.length), ms.toFixed(1), pages ? (pages / (ms / 1000)).toFixed(0) : '-']);
  }
  const timed = rows.length - 1;
  rows.push(['all fixtures but the legacy Office files', String(totalPages), '', totalMs.toFixed(1), `${(timed / (totalMs / 1000)).toFixed(1)} docs/s`]);
  console.log('parse alone, in this process (src/ through tsx)');
  print(rows);
  console.log(`peak RSS after the fixtures: ${peakMb().toFixed(0)} MB\n`);
}

if (SECTIONS.has('office')) {
  // Legacy Office files (XLS, ET, DOC, WPS): LibreOffice headless converts each into XLSX or DOCX in a
  // fresh process and profile, then the XLSX/DOCX reader reads it. Conversion time per document, from
  // the `converted` note, and the whole parse; fewer runs, as each conversion takes seconds.
  const OFFICE_RUNS = Number(process.env.BENCH_OFFICE_RUNS ?? 3);
  const office: string[][] = [['legacy Office file', 'format', 'tables', 'conversion median ms', 'parse median ms']];
  const { files } = await collectFiles(['fixtures']);
  for (const file of files) {
    const buf = readFileSync(file);
    const src = fromBytes(file, new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
    const first = await parseDocument(src);
    if (first.format !== 'xls' && first.format !== 'doc') continue;
    const conversions: number[] = [];
    const parses: number[] = [];
    let tables = 0;
    let note = '';
    for (let i = 0; i < OFFICE_RUNS; i++) {
      const t = performance.now();
      const doc = await parseDocument(src);
      parses.push(performance.now() - t);
      tables = doc.tables.length;
      const converted = doc.diagnostics.find((d) => d.code === 'converted');
      if (converted) conversions.push(Number(converted.detail?.ms));
      else note = doc.diagnostics.find((d) => d.severity !== 'info')?.code ?? 'not converted';
    }
    office.push([
      path.relative('fixtures', file),
      src.source.split('.').at(-1)!,
      String(tables),
      conversions.length ? median(conversions).toFixed(0) : note,
      median(parses).toFixed(0),
    ]);
  }
  print(office);
}

if (SECTIONS.has('docx')) {
  const scale: string[][] = [['DOCX tables (40×9 each)', 'document.xml MB', 'gongkai median ms', 'mammoth alone median ms']];
  const synthetic: { n: number; bytes: Uint8Array; xmlMb: number; ours: number }[] = [];
  for (const n of [10, 30, 100]) {
    const bytes = await makeDocx(Array.from({ length: n }, incomeTable).join(''));
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('uint8array');
    const xmlMb = xml.length / 1e6;
    const src = fromBytes(`synthetic-${n}.docx`, bytes);
    synthetic.push({ n, bytes, xmlMb, ours: await time(() => parseDocument(src), 3) });
  }
  const peakAfterOurs = peakMb();
  // mammoth alone, for the design note: it is what reading whole DOCX files through mammoth would cost.
  for (const { n, bytes, xmlMb, ours } of synthetic) {
    const theirs = await time(() => mammoth.convertToHtml({ buffer: Buffer.from(bytes) }), 3);
    scale.push([String(n), xmlMb.toFixed(1), ours.toFixed(0), theirs.toFixed(0)]);
  }
  print(scale);
  console.log(`peak RSS: ${peakAfterOurs.toFixed(0)} MB after gongkai's DOCX scale runs, ${peakMb().toFixed(0)} MB after mammoth's\n`);
}

if (SECTIONS.has('long')) {
  // A generated 300-page PDF (a 25-row ruled table a page), each run in a fresh process: peak RSS is a
  // process-wide high-water mark. With pdfjs preloaded before tsx's loader is registered (as a
  // production entry should), and without (tsx transforms pdfjs's modules and keeps ~350 MB for it).
  const longPdf: string[][] = [['generated PDF', 'pages', 'median ms', 'pages/s', 'median peak RSS MB', 'max peak RSS MB']];
  for (const [label, pages, env, runs] of [
    ['300 pages, pdfjs preloaded', 300, {}, Math.max(3, Math.min(RUNS, 5))],
    ['300 pages, through tsx', 300, { PRELOAD: '0' }, 1],
    ['1000 pages, pdfjs preloaded', 1000, {}, 1],
  ] as const) {
    const results: { ms: number; peakRssMb: number }[] = [];
    for (let i = 0; i < runs; i++) {
      const r = spawnSync(process.execPath, ['test/robustness/memory-child.mjs', String(pages), '25'], { encoding: 'utf8', env: { ...process.env, ...env } });
      const line = r.stdout.trim().split('\n').at(-1);
      if (r.status === 0 && line) results.push(JSON.parse(line) as { ms: number; peakRssMb: number });
    }
    const ms = median(results.map((r) => r.ms));
    longPdf.push([
      label,
      String(pages),
      ms.toFixed(0),
      (pages / (ms / 1000)).toFixed(0),
      median(results.map((r) => r.peakRssMb)).toFixed(0),
      Math.max(...results.map((r) => r.peakRssMb)).toFixed(0),
    ]);
  }
  print(longPdf);
}

if (SECTIONS.has('workers')) {
  // The whole pipeline (parse, extract, check, store) over every real PDF with 1 and 2 worker
  // processes, each run a fresh process and a fresh store: documents/s, pages/s, the main process's
  // share of the CPU, and the peak RSS of the main process and of the largest worker.
  const BATCH_RUNS = Number(process.env.BENCH_BATCH_RUNS ?? 3);
  const batch: string[][] = [
    ['batch over fixtures/real/', 'documents', 'pages', 'median s', 'documents/s', 'pages/s', 'main CPU s', 'main peak RSS MB', 'worker peak RSS MB'],
  ];
  const medians: number[] = [];
  for (const workers of [1, 2]) {
    const runs: { ms: number; mainCpuMs: number; documents: number; pages: number; mainPeakRssMb: number; workerPeakRssMb: number | null }[] = [];
    for (let i = 0; i < BATCH_RUNS; i++) {
      const dir = mkdtempSync(path.join(tmpdir(), 'gongkai-bench-'));
      const r = spawnSync(process.execPath, ['test/bench/batch-child.mjs', String(workers), path.join(dir, 'bench.db'), 'fixtures/real'], {
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024,
        env: { ...process.env, ...(SOURCES ? { BENCH_SOURCES: '1' } : {}) },
      });
      rmSync(dir, { recursive: true, force: true });
      if (r.status !== 0) throw new Error(`batch run failed: ${r.stderr}`);
      runs.push(JSON.parse(r.stdout.trim().split('\n').at(-1)!));
    }
    const ms = median(runs.map((r) => r.ms));
    medians.push(ms);
    const { documents, pages } = runs[0]!;
    const worst = (xs: (number | null | undefined)[]): string =>
      xs.some((x) => typeof x === 'number') ? Math.max(...xs.filter((x): x is number => typeof x === 'number')).toFixed(0) : '-';
    batch.push([
      `${workers} worker${workers > 1 ? 's' : ''}`,
      String(documents),
      String(pages),
      (ms / 1000).toFixed(1),
      (documents / (ms / 1000)).toFixed(2),
      (pages / (ms / 1000)).toFixed(1),
      (median(runs.map((r) => r.mainCpuMs ?? NaN)) / 1000).toFixed(1),
      worst(runs.map((r) => r.mainPeakRssMb ?? (r as { maxRssMb?: number }).maxRssMb)),
      worst(runs.map((r) => r.workerPeakRssMb)),
    ]);
  }
  print(batch);
  console.log(`2 workers: ${(medians[0]! / medians[1]!).toFixed(2)}× one\n`);
}

console.log(`load average at the end: ${load()}`);
