/**
 * The text the store's and the batch's commands print, rendered from data alone: what `ingest`,
 * `run` and `crawl` print of a batch and a crawl, and the `findings`, `rules` and `bodies` listings. No store, no parser: each renderer is given its data and its lines are checked whole.
 */
import { describe, expect, it } from 'vitest';
import type { BatchEvent, BatchSummary } from '../../src/pipeline/batch.js';
import type { CrawlSummary } from '../../src/pipeline/crawl/crawl.js';
import type { DiscoveriesChecked } from '../../src/pipeline/crawl/run-crawls.js';
import type { Ingested } from '../../src/pipeline/ingest.js';
import { ruleEntries } from '../../src/report/rules.js';
import { bodiesText, bodyLine } from '../../src/report/text/bodies.js';
import { crawlRequestLine, crawlSummaryText, discoveriesLine, mismatchLines } from '../../src/report/text/crawl.js';
import { findingsCsv, findingsJson, findingsTable, findingsTotalsLine, unreadReasons } from '../../src/report/text/findings.js';
import { documentLine, progressLine, readingCounts, summaryJson, summaryText } from '../../src/report/text/ingest.js';
import { rulesText, ruleText } from '../../src/report/text/rules.js';
import type { BodyView } from '../../src/store/bodies.js';
import type { FindingView, UnreadDocument } from '../../src/store/read.js';

const summary = (over: Partial<BatchSummary> = {}): BatchSummary => ({
  runId: 7,
  cross: { pairs: 0, compared: 0, findings: 0 },
  engineVersion: '0.1.0+r2',
  files: 4,
  documents: 3,
  processed: 2,
  skipped: 1,
  unreadable: 0,
  status: { ok: 1, 'needs-review': 1, failed: 1 },
  findings: { error: 2, warning: 1, info: 0 },
  ms: 4000,
  workerPeakRssMb: null,
  ...over,
});

const event = (over: Partial<BatchEvent> = {}): BatchEvent => ({
  file: 'a/预算.pdf',
  action: 'processed',
  status: 'ok',
  reason: null,
  findings: 3,
  ms: 1234,
  done: 2,
  total: 12,
  ...over,
});

describe('ingest and run: the batch', () => {
  it('summarises a batch: files, readings, what was found, the pairs across documents, the store', () => {
    expect(readingCounts(summary())).toEqual({ read: 1, partial: 1, unreadable: 1 });
    expect(summaryText(summary({ cross: { pairs: 3, compared: 2, findings: 1 } }), 'x.db', ['a.txt'])).toBe(
      [
        '4 files, 3 documents: 2 processed, 1 already stored in 4.0 s (0.50 documents/s)',
        'skipped 1 file that is not a disclosure: a.txt',
        'reading: 1 read, 1 read in part, 1 unreadable',
        'found: 2 errors, 1 warning (in documents read in part, only in the part read); 1 unreadable document was not checked',
        'across documents: 3 pair checks, 2 with figures to compare, 1 findings (gongkai check --cross lists them)',
        'store: x.db (engine 0.1.0+r2, run 7)',
      ].join('\n'),
    );
    const none = summaryText(
      summary({
        processed: 0,
        skipped: 0,
        status: { ok: 0, 'needs-review': 0, failed: 0 },
        findings: { error: 0, warning: 0, info: 0 },
        cross: { error: 'cross failed' },
      }),
      'y.db',
    );
    expect(none.split('\n')).toEqual([
      '4 files, 3 documents: 0 processed, 0 already stored in 4.0 s',
      'reading: 0 read, 0 read in part, 0 unreadable',
      'found: nothing',
      'cross failed',
      'store: y.db (engine 0.1.0+r2, run 7)',
    ]);
  });

  it('prints the summary as JSON with the readings, the files skipped and the store', () => {
    const i = { summary: summary(), notDisclosures: ['n.txt'] } as unknown as Ingested;
    const json = JSON.parse(summaryJson(i, 'x.db')) as Record<string, unknown>;
    expect(json).toMatchObject({ runId: 7, reading: { read: 1, partial: 1, unreadable: 1 }, notDisclosures: ['n.txt'], db: 'x.db' });
    expect(summaryJson(i, 'x.db').endsWith('}\n')).toBe(true);
  });

  it('gives a document a line of its own, and a terminal one progress line', () => {
    expect(documentLine(event())).toBe('[ 2/12] read         a/预算.pdf (1.2 s, 3 findings)');
    expect(documentLine(event({ status: 'failed', reason: 'empty-file: no bytes\nmore', action: 'processed' }))).toBe(
      '[ 2/12] unreadable   a/预算.pdf (1.2 s) — empty-file: no bytes',
    );
    expect(documentLine(event({ action: 'stored', status: 'needs-review', reason: 'partial-read' }))).toBe(
      '[ 2/12] read in part a/预算.pdf (already stored) — partial-read',
    );
    expect(documentLine(event({ action: 'unreadable', status: 'failed', reason: null }))).toBe('[ 2/12] unreadable   a/预算.pdf (no bytes)');
    const counts = { read: 1, partial: 0, unreadable: 1 };
    expect(progressLine(event(), counts, 2000, 120)).toBe('[ 2/12] 1 read · 0 read in part · 1 unreadable · ETA 10s · a/预算.pdf');
    expect(progressLine(event({ done: 1, total: 100 }), counts, 2000, 120)).toContain('· ETA 3m18s ·');
    expect(progressLine(event({ done: 12 }), counts, 2000, 120)).toContain('· done ·');
    expect(progressLine(event({ file: 'x'.repeat(200) }), counts, 2000, 60)).toHaveLength(59);
  });
});

describe('crawl', () => {
  const crawl: CrawlSummary = {
    crawl: 'site/col/',
    runId: 3,
    requests: { listing: 2, detail: 3, file: 4, robots: 1 },
    fetched: 8,
    notModified: 1,
    failed: 1,
    blocked: ['u1'],
    unasked: 2,
    outOfScope: 5,
    tooDeep: 0,
    documents: 4,
    newDocuments: ['d1', 'd2'],
    changedDocuments: ['d3'],
    stopped: 'page-cap',
    files: [],
    ms: 2500,
  };

  it('summarises a crawl in three lines', () => {
    expect(crawlSummaryText(crawl).split('\n')).toEqual([
      'crawl site/col/ (run 3): 10 requests (2 listing, 3 detail, 4 file, 1 robots.txt): 8 fetched, 1 not modified, 1 failed in 2.5 s',
      '  1 disallowed by robots.txt, 2 not asked (robots.txt unreadable; queued for the next run), 5 links out of scope, 0 past the depth',
      '  4 documents known: 2 new, 1 changed this run; 0 to read; stopped early (page-cap): the rest stays queued for the next run',
    ]);
  });

  it('gives a line to the requests that failed or that robots.txt kept it from, and to each mismatch', () => {
    expect(crawlRequestLine({ url: 'http://h/a', role: 'file', outcome: 'failed', status: 404, detail: 'http-status: HTTP 404' })).toBe(
      'gongkai crawl: warning failed file http://h/a: http-status: HTTP 404',
    );
    expect(crawlRequestLine({ url: 'http://h/b', role: 'detail', outcome: 'blocked', status: null, detail: 'disallowed' })).toBe(
      'gongkai crawl: info blocked detail http://h/b: disallowed',
    );
    expect(crawlRequestLine({ url: 'http://h/c', role: 'detail', outcome: 'fetched', status: 200, detail: null })).toBeNull();
    const checked: DiscoveriesChecked = {
      crawl: 'site/col/',
      checked: 4,
      mismatches: [
        {
          url: 'u',
          foundOn: 'http://h/p',
          linkText: 't',
          diagnostic: { code: 'source-mismatch', severity: 'warning', stage: 'source', message: 'u is not a 预算', provenance: { kind: 'file' } },
        },
      ],
    };
    expect(discoveriesLine(checked)).toBe('discoveries of site/col/: 4 compared with their documents, 1 not what the site says');
    expect(mismatchLines(checked)).toEqual(['gongkai crawl: warning source-mismatch: u is not a 预算 (found on http://h/p)']);
  });
});

describe('findings', () => {
  const finding = (over: Partial<FindingView> = {}): FindingView => ({
    id: 1,
    rule: 'row-sum',
    severity: 'error',
    message_zh: '合计不符',
    message_en: 'total differs',
    diagnostic: null,
    left_label: '合计',
    left_value: '10.00',
    right_label: '各项之和',
    right_value: '9.00',
    difference: '1',
    tolerance: '0.005',
    department: '某局',
    year: 2024,
    document_kind: '预算',
    source: 'dir/a.pdf',
    evidence_count: 2,
    evidence: 't1[2,3]; t1[4,3]',
    sha256: 'abc',
    reading: 'read',
    current: 1,
    half_units: ['0.005'],
    ...over,
  });
  const unread: UnreadDocument = {
    id: 2,
    source: 'dir/b.pdf',
    paths: 'dir/b.pdf',
    reading: 'unreadable',
    reading_reasons: '["empty-file"]',
    reason: 'empty-file: the file is empty',
    errors: 1,
    warnings: 0,
    infos: 0,
    sha256: 'def',
  };

  it('lists the documents not read in full first, then a table of findings with their evidence and the counts', () => {
    const text = findingsTable(
      [finding(), finding({ id: 2, severity: 'warning', department: null, year: null, reading: 'partial', evidence: null })],
      [unread],
    );
    expect(text.split('\n')).toEqual([
      'not read in full — their findings are missing or incomplete (未完整读取):',
      '  unreadable    dir/b.pdf — empty-file: the file is empty',
      '',
      'severity  rule     document              difference  message',
      'error     row-sum  某局 2024             1           合计不符',
      'warning   row-sum  a.pdf (read in part)  1           合计不符',
      '  #1 dir/a.pdf: t1[2,3]; t1[4,3]',
      '',
      '2 findings: 1 error, 1 warning',
      '',
    ]);
    expect(findingsTable([], [])).toBe('no findings in the documents read\n');
    expect(findingsTotalsLine({ read: 3, partial: 1, unreadable: 1, olderVersions: 1 })).toBe(
      'documents: 3 read, 1 read in part, 1 unreadable (and 1 older version of their sources, not shown)\n',
    );
  });

  it('writes CSV (RFC 4180, CRLF) with a row for each document not read in full, and JSON with its reasons parsed', () => {
    const csv = findingsCsv([finding({ message_zh: '含,逗号"引号' })], [unread]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toMatch(/^reading,severity,rule,department,year,source,message_zh,/);
    expect(lines[1]).toBe(
      'unreadable,,,,,dir/b.pdf,无法读取（empty-file），未检查,unreadable: empty-file: the file is empty; not checked,empty-file,,,,,,,,,def',
    );
    expect(lines[2]).toContain(',"含,逗号""引号",');
    expect(lines).toHaveLength(4);
    expect(unreadReasons({ ...unread, reading_reasons: 'not json' })).toEqual([]);
    const json = JSON.parse(findingsJson([finding()], [unread], { read: 1, partial: 0, unreadable: 1, olderVersions: 0 })) as {
      notReadInFull: { reading_reasons: string[] }[];
      findings: unknown[];
    };
    expect(json.notReadInFull[0]!.reading_reasons).toEqual(['empty-file']);
    expect(json.findings).toHaveLength(1);
  });
});

describe('rules and bodies', () => {
  it('lists the rules by family, and shows one in full', () => {
    const entries = ruleEntries();
    const text = rulesText(entries);
    expect(text).toMatch(/^\d+ rules: \d+ of the catalogue and \d+ gongkai adds; 2 not implemented/);
    expect(text).toMatch(/^ {2}yoy-pct +error +ALL +A YoY change amount and its percentage agree$/m);
    const one = ruleText(entries.find((e) => e.id === 'rounding-residual')!);
    expect(one.split('\n')[0]).toMatch(/^rounding-residual · /);
    expect(one).toContain('source: src/rules/engine.ts\n');
    const judged = entries.find((e) => !e.implemented)!;
    expect(ruleText(judged)).toContain('; not implemented: it reports not-implemented on every document (needs judgement: ');
  });

  it('lists the bodies a line each, with the other names documents print', () => {
    const b: BodyView = {
      id: 12,
      name: '某市财政局',
      region_code: '110000',
      region_name: '北京市',
      named_by: 'document',
      merged_into: null,
      aliases: '某市财政局,财政局',
      documents: 2,
      years: '2024,2025',
    };
    expect(bodyLine(b)).toBe('   12  110000 北京市          某市财政局  · 2 document(s): 2024,2025  · printed as 某市财政局,财政局');
    expect(bodiesText([b, { ...b, id: 3, region_name: null, aliases: '某市财政局', years: null }])).toBe(
      `${bodyLine(b)}\n    3  110000              某市财政局  · 2 document(s): \n`,
    );
    expect(bodiesText([])).toBe('');
  });
});
