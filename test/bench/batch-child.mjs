// One batch run for `npm run bench`, in a fresh process: every file of a folder into a new store with
// N worker processes; prints one JSON line with the time, the main process's CPU time and peak RSS
// (the workers' are their own: the batch reports the highest peak of any worker). It runs the compiled build
// (dist/api.mjs), as `gongkai ingest` does; BENCH_SOURCES=1 runs src/ through tsx.
// Usage: node test/bench/batch-child.mjs WORKERS DB [FOLDER]
import { relative } from 'node:path';

async function load() {
  if (process.env.BENCH_SOURCES !== '1') return import('../../dist/api.mjs');
  await import('../../src/parse/pdf/pdfjs.mjs');
  const { register } = await import('tsx/esm/api');
  register();
  return import('../../src/pipeline/api.ts');
}
const api = await load();
const [workers, dbFile, folder] = [Number(process.argv[2] ?? 1), process.argv[3], process.argv[4] ?? 'fixtures'];
const { files } = await api.collectFiles([folder]);
const db = api.openStore(dbFile);
const t = performance.now();
const cpu0 = process.cpuUsage();
const s = await api.runBatch({ db, files: files.map((f) => relative(process.cwd(), f) || f), concurrency: workers, timeoutMs: 300_000 });
const ms = performance.now() - t;
const cpu = process.cpuUsage(cpu0);
const pages = db.prepare('SELECT coalesce(sum(pages), 0) AS n FROM documents').get().n;
db.close();
process.stdout.write(
  JSON.stringify({
    workers,
    ms,
    mainCpuMs: (cpu.user + cpu.system) / 1000,
    documents: s.documents,
    files: s.files,
    pages,
    status: s.status,
    mainPeakRssMb: process.resourceUsage().maxRSS / 1024,
    workerPeakRssMb: s.workerPeakRssMb,
  }) + '\n',
);
