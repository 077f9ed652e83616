/**
 * Nothing breaks, nothing is lost, nothing broken reads as clean: every case of the generated
 * malformed corpus goes through the whole pipeline (parse → extract → check → store rows) and must
 * come out as a document row with a status and a reason, no internal error, no finding at error
 * level; and each broken file shows that it was read in part or not at all in what `check` and
 * `extract` print, in the store (what `ingest` writes), in `findings` as table, CSV and JSON, in the
 * report and in the exports. The corpus goes on.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkText } from '../../src/report/text/check.js';
import { extractText } from '../../src/report/text/extract.js';
import { findingsCsv, findingsTable } from '../../src/report/text/findings.js';
import { exportStore } from '../../src/export/index.js';
import { extractRecords } from '../../src/extract/index.js';
import { parseDocument } from '../../src/parse/index.js';
import { trustOf } from '../../src/parse/ocr/trust.js';
import { processDocument } from '../../src/pipeline/process.js';
import { checkDocument } from '../../src/rules/engine.js';
import { fromBytes } from '../../src/sources/file.js';
import { readReportData, renderReport } from '../../src/report/html/index.js';
import { openStore, readFindings, unreadDocuments, writeDocument } from '../../src/store/index.js';
import { documentRows } from '../../src/store/rows.js';
import { tempDir } from '../pipeline/helpers.js';
import { type Case, corpus, READ_WHOLE } from './corpus.js';

const cases = corpus();
const dir = tempDir('gongkai-corpus-');
/** Every case's rows, as `ingest` writes them (the batch's writer), named by the case. */
const store = openStore(path.join(dir, 'corpus.db'));
afterAll(() => store.close());
const source = (c: Case): string => `corpus/${c.id}/${c.name}`;
/** Broken cases: neither intact nor read whole by the reader (corpus.ts READ_WHOLE). */
const broken = cases.filter((c) => !c.intact && !READ_WHOLE.has(c.id));
/** Each case's bytes: cases with the same bytes are one document in the store (read with the last case's options). */
const shaOf = new Map<string, string>();
/** status × the code that explains it (the reason's code), counted over the corpus. */
const outcomes = new Map<string, number>();
/** Cases whose raw findings included an error that the parser's trust marks cap at warning. */
const capped: string[] = [];

async function run(c: Case) {
  const src = fromBytes(source(c), await c.bytes());
  const p = await processDocument(src, { parse: (s) => parseDocument(s, c.options), extract: extractRecords, check: (r) => checkDocument(r) });
  return { p, row: documentRows(p, null) };
}

describe('the malformed corpus', () => {
  it('has at least 200 cases with distinct ids', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s: a row with status and reason, no crash, no error finding', async (_id, c) => {
    const { p, row } = await run(c);
    const reasonCode = row.reason === null ? '-' : (/^[a-z0-9-]+(?=: )/.exec(row.reason)?.[0] ?? 'review');
    const key = `${row.reading} · ${reasonCode}`;
    outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    // our code never failed on it
    expect(p.diagnostics.filter((d) => d.code === 'internal-error').map((d) => d.message)).toEqual([]);
    expect(['ok', 'needs-review', 'failed']).toContain(row.status);
    if (row.status !== 'ok') expect(row.reason?.length).toBeGreaterThan(0);
    // a file that was not read cleanly never yields an error-level finding: the engine caps every
    // finding drawn from such text at warning, from what the parser says about it (src/parse/ocr/trust.ts)
    const trust = trustOf(p.doc);
    const errors = p.check?.findings.filter((f) => f.severity === 'error') ?? [];
    if (!c.intact) expect(errors.map((f) => f.rule)).toEqual([]);
    const wasCapped = p.check?.findings.filter((f) => f.data.capped) ?? [];
    if (wasCapped.length)
      capped.push(`${c.id} (${[...new Set(wasCapped.map((f) => f.rule))].join(', ')}; capped by ${trust.documentCap?.code ?? 'page marks'})`);
    // every diagnostic is data with a code, and the document row holds them
    expect(JSON.parse(row.diagnostics)).toHaveLength(p.diagnostics.length);
    if (c.expect?.status) expect(row.status).toBe(c.expect.status);
    for (const code of c.expect?.codes ?? []) expect(p.diagnostics.map((d) => d.code)).toContain(code);
    // no script in a page ran (cheerio never executes markup)
    expect((globalThis as { __gongkaiPwned?: unknown }).__gongkaiPwned).toBeUndefined();
    // What check and extract print: a broken file is read in part or unreadable, and says so; one read
    // whole but with no part recognised says nothing was checked. None reads as clean.
    const check = checkText(source(c), p.reading, p.check);
    const extract = extractText(p.records ?? extractRecords(p.doc), p.reading);
    if (!c.intact && !READ_WHOLE.has(c.id)) {
      expect(p.reading.reading, `${c.id}: ${p.diagnostics.map((d) => d.code).join(', ')}`).not.toBe('read');
      expect(check).toMatch(/^reading: (unreadable|read in part) — [a-z0-9-]+: /m);
      expect(extract).toMatch(/^reading: (unreadable|read in part) — [a-z0-9-]+: /m);
      if (p.reading.reading === 'unreadable') expect(check).toContain('\nnot checked: nothing could be read from it');
    } else if (p.reading.reading === 'read' && !p.check?.codes.length) expect(check).toContain('\nfound: nothing to check — no part of it was recognised');
    writeDocument(store, row, { engineVersion: 'corpus', runId: null, paths: [source(c)] });
    shaOf.set(c.id, row.sha256);
  });

  it('shows every broken file as read in part or unreadable in findings (table, CSV, JSON), the report and the exports', async () => {
    // cases with the same bytes are one document (the first name it was stored under), several files
    const stored = store.prepare('SELECT f.given, d.source, d.reading FROM files f JOIN documents d ON d.id = f.document_id').all() as {
      given: string;
      source: string;
      reading: string;
    }[];
    expect(stored).toHaveLength(cases.length);
    const documentOf = new Map(stored.map((r) => [r.given, r.source]));
    const reading = new Map(stored.map((r) => [r.given, r.reading]));
    // bytes that only broken cases have (the same PDF under a size cap, and read whole without one, is one document)
    const wholeShas = new Set(cases.filter((c) => !broken.includes(c)).map((c) => shaOf.get(c.id)));
    const brokenStored = broken.filter((c) => !wholeShas.has(shaOf.get(c.id)));
    expect(brokenStored.length).toBeGreaterThan(150);
    const notRead = [...new Set(brokenStored.map((c) => documentOf.get(source(c))!))];
    for (const c of brokenStored) expect(['partial', 'unreadable'], c.id).toContain(reading.get(source(c)));
    const documents = new Set(stored.map((r) => r.source)).size;
    // findings: every one of them is listed before the findings, in every format
    const unread = unreadDocuments(store);
    const listed = new Set(unread.map((d) => d.source));
    for (const s of notRead) expect(listed.has(s), s).toBe(true);
    const table = findingsTable(readFindings(store), unread);
    const csv = findingsCsv(readFindings(store), unread);
    for (const d of unread) {
      expect(table).toContain(`${d.reading === 'unreadable' ? 'unreadable  ' : 'read in part'}  ${d.paths ?? d.source} — `);
      expect(csv).toMatch(new RegExp(`^${d.reading},,,,,${d.source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},`, 'm'));
    }
    // the report: each broken document's index row and section carry its reading, and say it was not checked or read in part
    const html = renderReport(readReportData(store), { reportDir: dir });
    const rows = [
      ...html.matchAll(/<tr class="doc-row rd-([a-z]+)[^"]*"><td class="n">\d+<\/td><td><a href="#doc-\d+">[^<]*<\/a><div class="src">([^<]*)<\/div>/g),
    ].map((m) => ({ reading: m[1]!, source: m[2]! }));
    expect(rows).toHaveLength(documents);
    const inReport = new Map(rows.map((r) => [r.source, r.reading]));
    for (const s of notRead) expect(['partial', 'unreadable'], s).toContain(inReport.get(s));
    const unreadable = (store.prepare(`SELECT count(*) AS n FROM documents WHERE reading = 'unreadable'`).get() as { n: number }).n;
    expect(
      html.match(
        /<section class="document rd-unreadable"[^>]*>\n<h2><span class="reading rd-unreadable"[^>]*>unreadable<\/span>[^\n]*\n<p class="reading-note rd-unreadable"><b>Not checked: nothing could be read from this file<\/b>/g,
      )?.length,
    ).toBe(unreadable);
    // the exports: the documents file says how each was read
    const out = path.join(dir, 'export');
    await exportStore(store, { format: 'csv', dir: out });
    const lines = readFileSync(path.join(out, 'documents.csv'), 'utf8').slice(1).split('\r\n').filter(Boolean);
    const head = lines[0]!.split(',');
    const [src, rd] = [head.indexOf('source'), head.indexOf('reading')];
    const exported = new Map(
      lines
        .slice(1)
        .map((l) => l.split(','))
        .map((f) => [f[src]!, f[rd]!]),
    );
    expect(exported.size).toBe(documents);
    for (const s of notRead) expect(['partial', 'unreadable'], s).toContain(exported.get(s));
  });

  afterAll(() => {
    const rows = [...outcomes].sort((a, b) => a[0].localeCompare(b[0]));
    const total = rows.reduce((s, [, n]) => s + n, 0);
    console.log(
      `robustness corpus: ${cases.length} cases, ${total} run (how each was read · the code of the first reason)\n${rows.map(([k, n]) => `  ${String(n).padStart(4)}  ${k}`).join('\n')}\nerror findings capped at warning: ${capped.length ? capped.join('; ') : 'none'}`,
    );
  });
});
