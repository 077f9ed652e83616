/**
 * `npm run bench`: parse speed and memory. Each input is parsed once to warm up, then RUNS times;
 * medians are reported (never timed inside tests). Peak RSS is the process's high-water mark.
 *
 *   npm run bench                 every fixture, the legacy Office files' conversion by LibreOffice,
 *                                 DOCX tables at scale (ours vs mammoth alone), and a
 *                                 generated 300-page PDF in fresh processes (median time, pages/s, peak RSS)
 *                                 and the whole batch over fixtures/ with 1 and 2 workers (documents/s, pages/s, peak RSS)
 *   BENCH_RUNS=9 BENCH_BATCH_RUNS=5 BENCH_OFFICE_RUNS=5 npm run bench
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { parseDocument } from '../../src/parse/index.js';
import { pdfjsWorker, restoredBuiltins } from '../../src/parse/pdf/pdfjs.mjs';
import { collectFiles } from '../../src/sources/collect.js';
import { fromBytes } from '../../src/sources/file.js';
import { makeDocx, wp, wtbl, wtc, wtr } from '../helpers/docx.js';

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
  const border = '<w:tcPr><w:tcBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/></w:tcBorders></w:tcPr>';
  const cell = (t: string): string => `<w:tc>${border}<w:p><w:pPr><w:jc w:val="right"/><w:rPr><w:rFonts w:ascii="宋体"/><w:sz w:val="18"/></w:rPr></w:pPr><w:r><w:rPr><w:rFonts w:ascii="宋体"/><w:sz w:val="18"/></w:rPr><w:t>${t}</w:t></w:r></w:p></w:tc>`;
  const head = [
    wtr([wtc('项目', { span: 2 }), ...['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'].map((h) => wtc(h, { vMerge: 'restart' }))], { header: true }),
    wtr([wtc('功能分类科目编码'), wtc('科目名称'), ...Array.from({ length: 7 }, () => wtc('', { vMerge: 'continue' }))], { header: true }),
  ];
  const body = Array.from({ length: 40 }, (_, i) => `<w:tr>${[`20801${String(i).padStart(2, '0')}`, '行政运行', '1,246.25', '1,220.80', '', '', '', '', '25.45'].map(cell).join('')}</w:tr>`);
  return wp('收入决算表') + wp('金额单位：万元') + wtbl([...head, ...body]);
}

const rows: string[][] = [['input', 'pages', 'tables', 'median ms', 'pages/s']];
const { files } = await collectFiles(['fixtures']);
let totalPages = 0;
let totalMs = 0;
/** Legacy Word and Excel files: converted by LibreOffice, timed in their own table below. */
const legacy: { file: string; src: ReturnType<typeof fromBytes> }[] = [];
for (const f of files) {
  const buf = readFileSync(f);
  const src = fromBytes(f, new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
  const doc = await parseDocument(src);
  if (doc.format === 'xls' || doc.format === 'doc') {
    legacy.push({ file: f, src });
    continue;
  }
  const ms = await time(() => parseDocument(src));
  const pages = doc.pages.length;
  totalPages += pages;
  totalMs += ms;
  rows.push([path.relative('fixtures', f), String(pages || '-'), String(doc.tables.length), ms.toFixed(1), pages ? (pages / (ms / 1000)).toFixed(0) : '-']);
}
rows.push(['all fixtures but the legacy Office files', String(totalPages), '', totalMs.toFixed(1), `${((files.length - legacy.length) / (totalMs / 1000)).toFixed(1)} docs/s`]);

// Legacy Office files (XLS, ET, DOC, WPS): LibreOffice headless converts each into XLSX or DOCX in a
// fresh process and profile, then the XLSX/DOCX reader reads it. Conversion time per document, from
// the `converted` note, and the whole parse; fewer runs, as each conversion takes seconds.
const OFFICE_RUNS = Number(process.env.BENCH_OFFICE_RUNS ?? 3);
const office: string[][] = [['legacy Office file', 'format', 'tables', 'conversion median ms', 'parse median ms']];
for (const { file, src } of legacy) {
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
  office.push([path.relative('fixtures', file), src.source.split('.').at(-1)!, String(tables), conversions.length ? median(conversions).toFixed(0) : note, median(parses).toFixed(0)]);
}

// PDF parsing against poppler's `pdftotext -layout` on the same files, in the same run (when
// installed): two warm-up runs each, then the two interleaved run by run, so that both see the same
// machine; medians of at least 9.
const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;
const vsPoppler: string[][] = [['PDF', 'pages', 'gongkai median ms', 'pages/s', 'pdftotext -layout median ms', 'ratio']];
const POPPLER_RUNS = Math.max(RUNS, 9);
for (const f of ['fixtures/real/上海市普陀区财政局2024年度部门决算.pdf', 'fixtures/real/上海市财政局25年预算.pdf']) {
  const buf = readFileSync(f);
  const src = fromBytes(f, new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
  const pages = (await parseDocument(src)).pages.length;
  const pdftotext = (): unknown => spawnSync('pdftotext', ['-layout', f, '-'], { maxBuffer: 64 << 20 });
  for (let i = 0; i < 2; i++) {
    await parseDocument(src);
    if (hasPdftotext) pdftotext();
  }
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < POPPLER_RUNS; i++) {
    let t = performance.now();
    await parseDocument(src);
    ours.push(performance.now() - t);
    if (!hasPdftotext) continue;
    t = performance.now();
    pdftotext();
    theirs.push(performance.now() - t);
  }
  const o = median(ours);
  const p = hasPdftotext ? median(theirs) : NaN;
  vsPoppler.push([path.basename(f), String(pages), o.toFixed(0), (pages / (o / 1000)).toFixed(0), hasPdftotext ? p.toFixed(0) : 'not installed', hasPdftotext ? `${(o / p).toFixed(1)}×` : '-']);
}

const peakAfterFixtures = peakMb();
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
  longPdf.push([label, String(pages), ms.toFixed(0), (pages / (ms / 1000)).toFixed(0), median(results.map((r) => r.peakRssMb)).toFixed(0), Math.max(...results.map((r) => r.peakRssMb)).toFixed(0)]);
}

// The whole pipeline (parse, extract, check, store) over every fixture with 1 and 2 worker threads,
// each run a fresh process and a fresh store: documents/s, pages/s (PDF pages), peak RSS.
const BATCH_RUNS = Number(process.env.BENCH_BATCH_RUNS ?? 3);
const batch: string[][] = [['batch over fixtures/', 'documents', 'pages', 'median s', 'documents/s', 'pages/s', 'max peak RSS MB']];
for (const workers of [1, 2]) {
  const runs: { ms: number; documents: number; pages: number; maxRssMb: number }[] = [];
  for (let i = 0; i < BATCH_RUNS; i++) {
    const dir = mkdtempSync(path.join(tmpdir(), 'gongkai-bench-'));
    const r = spawnSync(process.execPath, ['test/bench/batch-child.mjs', String(workers), path.join(dir, 'bench.db')], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    rmSync(dir, { recursive: true, force: true });
    if (r.status !== 0) throw new Error(`batch run failed: ${r.stderr}`);
    runs.push(JSON.parse(r.stdout.trim().split('\n').at(-1)!));
  }
  const ms = median(runs.map((r) => r.ms));
  const { documents, pages } = runs[0]!;
  batch.push([`${workers} worker${workers > 1 ? 's' : ''}`, String(documents), String(pages), (ms / 1000).toFixed(1), (documents / (ms / 1000)).toFixed(2), (pages / (ms / 1000)).toFixed(1), Math.max(...runs.map((r) => r.maxRssMb)).toFixed(0)]);
}

const print = (t: string[][]): void => {
  const w = t[0]!.map((_, c) => Math.max(...t.map((r) => [...(r[c] ?? '')].length)));
  for (const r of t) console.log(r.map((s, c) => (c === 0 ? s.padEnd(w[c]!) : s.padStart(w[c]!))).join('  '));
  console.log();
};
console.log(`gongkai bench · node ${process.version} · ${RUNS} runs, medians`);
console.log(`pdfjs-dist worker: ${pdfjsWorker.changed ? 'the copy (fonts read for text only, inflate in JavaScript)' : `stock (${pdfjsWorker.reason})`}; built-ins restored after its polyfills: ${restoredBuiltins.join(', ') || 'none'}\n`);
print(rows);
print(office);
print(vsPoppler);
print(scale);
print(longPdf);
print(batch);
console.log(`peak RSS: ${peakAfterFixtures.toFixed(0)} MB after the fixtures, ${peakAfterOurs.toFixed(0)} MB after gongkai's DOCX scale runs, ${peakMb().toFixed(0)} MB after mammoth's`);
