import { relative } from 'node:path';
import { runBatch } from '../../src/pipeline/batch.js';
import { collectFiles } from '../../src/sources/collect.js';
import { openStore } from '../../src/store/index.js';

const [workers, dbFile] = [Number(process.argv[2] ?? 1), process.argv[3]!];
const { files } = await collectFiles(['fixtures']);
const db = openStore(dbFile);
const t = performance.now();
const s = await runBatch({ db, files: files.map((f) => relative(process.cwd(), f) || f), concurrency: workers, timeoutMs: 300_000 });
const ms = performance.now() - t;
const pages = (db.prepare('SELECT coalesce(sum(pages), 0) AS n FROM documents').get() as { n: number }).n;
db.close();
process.stdout.write(JSON.stringify({ workers, ms, documents: s.documents, files: s.files, pages, maxRssMb: process.resourceUsage().maxRSS / 1024 }) + '\n');
