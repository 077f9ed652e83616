// One document through every stage of the pipeline, in a fresh process, for `npm run bench`: one
// warm-up run, then RUNS timed runs, each followed by `pdftotext -layout` on the same file when it is
// installed (interleaved, so both see the same machine). Prints one JSON line: per-stage medians in ms,
// the median whole-pipeline run, pdftotext's median, pages, peak RSS. Before each stage it writes the
// stage's name to stderr, so that a parent that stops a run which takes too long can say where it was.
//
// It runs the compiled build (dist/api.mjs), as `gongkai` does; BENCH_SOURCES=1 runs src/ through tsx.
// Usage: node test/bench/stage-child.mjs FILE RUNS DB  (DB: a store file the parent removes)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const [file, runsArg, dbFile] = process.argv.slice(2);
const RUNS = Number(runsArg ?? 5);

async function load() {
  if (process.env.BENCH_SOURCES !== '1') return import('../../dist/api.mjs');
  await import('../../src/parse/pdf/pdfjs.mjs');
  const { register } = await import('tsx/esm/api');
  register();
  return import('../../src/pipeline/api.ts');
}
const api = await load();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;
const db = api.openStore(dbFile);
const buf = readFileSync(file);
const src = api.fromBytes(file, new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));

/** One run: each stage timed on its own (extract without classify, which is timed apart). */
async function once() {
  const ms = {};
  const timed = (stage, fn) => {
    process.stderr.write(`${stage}\n`);
    const t = performance.now();
    const r = fn();
    ms[stage] = (ms[stage] ?? 0) + performance.now() - t;
    return r;
  };
  const t0 = performance.now();
  timed('detect', () => api.detectFormat(src.bytes));
  process.stderr.write('parse\n');
  const p = await api.processDocument(src, {
    parse: async (s) => {
      const t = performance.now();
      const doc = await api.parseDocument(s);
      ms.parse = performance.now() - t;
      return doc;
    },
    extract: (doc) => {
      const c = timed('classify', () => api.classifyDocument(doc));
      return timed('extract', () => api.extractRecords(doc, c));
    },
    check: (records) => timed('check', () => api.checkDocument(records)),
  });
  timed('store', () => api.writeDocument(db, api.documentRows(p, performance.now() - t0), { engineVersion: api.ENGINE_VERSION, runId: null, paths: [file] }));
  ms.total = performance.now() - t0;
  return { ms, pages: p.doc.pages.length, status: p.status, diagnostics: p.diagnostics.map((d) => d.code) };
}

const pdftotext = () => {
  const t = performance.now();
  const r = spawnSync('pdftotext', ['-layout', file, '-'], { maxBuffer: 256 << 20, stdio: ['ignore', 'ignore', 'ignore'] });
  if (r.status !== 0) throw new Error(`pdftotext failed on ${file}`);
  return performance.now() - t;
};

try {
  const first = await once();
  if (hasPdftotext) pdftotext();
  const runs = [];
  const poppler = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push((await once()).ms);
    if (hasPdftotext) poppler.push(pdftotext());
  }
  const stages = Object.fromEntries(['detect', 'parse', 'classify', 'extract', 'check', 'store', 'total'].map((s) => [s, median(runs.map((r) => r[s] ?? 0))]));
  process.stdout.write(
    JSON.stringify({
      file,
      pages: first.pages,
      status: first.status,
      diagnostics: [...new Set(first.diagnostics)],
      runs: RUNS,
      ms: stages,
      pdftotextMs: hasPdftotext ? median(poppler) : null,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    }) + '\n',
  );
} finally {
  db.close();
}
