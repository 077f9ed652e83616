/**
 * Limits, OCR and memory: caps with clear messages, OCR of scanned pages (through an injectable
 * command, so the test means the same with and without tesseract installed), OCR text marked so
 * that no finding from it is an error, and a 300-page PDF parsed within 300 MB.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, parseDocument } from '../../src/parse/index.js';
import { ocrAvailable, parseTsv, wordsToRuns } from '../../src/parse/ocr/ocr.js';
import { Decimal } from 'decimal.js';
import { extractRecords } from '../../src/extract/index.js';
import { trustOf } from '../../src/parse/ocr/trust.js';
import { finding } from '../../src/rules/_lib/finding.js';
import { computed } from '../../src/rules/_lib/interval.js';
import type { Finding } from '../../src/rules/_lib/types.js';
import { capFinding } from '../../src/rules/engine.js';
import { rule } from '../../src/rules/fa01-balance.js';
import { fromBytes } from '../../src/sources/file.js';
import { ROOT } from '../helpers/fixtures.js';
import { corpus } from './corpus.js';
import { tempDir } from '../pipeline/helpers.js';
import { SCAN_CONTENT, tablePage, writePdf } from './pdf-writer.js';

const dir = tempDir('gongkai-robustness-');

/** A stand-in for tesseract: lists the languages it is given, prints a fixed TSV page of a small table. */
function fakeTesseract(languages: string[]): string {
  const rows = [
    ['收入决算表', 1000, 300],
    ['单位：万元', 1900, 420],
    ...[
      ['2080101', '行政运行', '1,246.25'],
      ['2080107', '社会保险业务管理事务', '141.28'],
      ['2080199', '其他人力资源事务', '10.00'],
      ['合计', '', '1,397.53'],
    ].flatMap((r, i) => [
      [r[0]!, 250, 600 + i * 90],
      [r[1]!, 800, 600 + i * 90],
      [r[2]!, 1900, 600 + i * 90],
    ]),
  ].filter(([t]) => t !== '');
  const tsv = [
    'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
    ...rows.map(([t, x, y], i) => `5\t1\t1\t1\t${Math.floor(Number(y))}\t${i + 1}\t${x}\t${y}\t${String(t).length * 40}\t50\t88\t${t}`),
  ].join('\n');
  const file = path.join(dir, `tesseract-${languages.join('-')}.sh`);
  writeFileSync(
    file,
    `#!/bin/sh
case "$1" in
  --list-langs) printf 'List of available languages (${languages.length}):\\n${languages.join('\\n')}\\n'; exit 0;;
  --version) echo 'tesseract 5.3.0'; exit 0;;
esac
cat > /dev/null
cat <<'TSV'
${tsv}
TSV
`,
  );
  chmodSync(file, 0o755);
  return file;
}

const scanPdf = (): Uint8Array => writePdf({ pages: [tablePage(1), SCAN_CONTENT] });

describe('limits', () => {
  it('has documented defaults, each overridable', () => {
    expect(DEFAULT_LIMITS).toEqual({
      maxBytes: 200 * 1024 * 1024,
      maxPages: 2000,
      maxZipExpanded: 512 * 1024 * 1024,
      maxZipRatio: 1000,
      ratioFloor: 16 * 1024 * 1024,
      maxBundleMembers: 1000,
    });
  });

  it('refuses a file over the size cap and a PDF over the page cap, saying which limit and how to raise it', async () => {
    const bytes = writePdf({ pages: [tablePage(1), tablePage(2), tablePage(3)] });
    const big = await parseDocument(fromBytes('big.pdf', bytes), { limits: { maxBytes: 1024 } });
    expect(big.diagnostics.map((d) => [d.code, d.severity])).toEqual([['too-large', 'error']]);
    expect(big.diagnostics[0]!.message).toMatch(/over the 1024 bytes limit.*limits\.maxBytes/);
    expect(big.format).toBe('pdf');
    const long = await parseDocument(fromBytes('long.pdf', bytes), { limits: { maxPages: 2 } });
    expect(long.diagnostics.map((d) => d.code)).toEqual(['too-many-pages']);
    expect(long.diagnostics[0]!.detail).toEqual({ pages: 3, limit: 2 });
    expect(long.blocks).toEqual([]);
    const fine = await parseDocument(fromBytes('fine.pdf', bytes), { limits: { maxPages: 3 } });
    expect(fine.pages).toHaveLength(3);
    expect(fine.diagnostics).toEqual([]);
  });

  it('stops a PDF parse between pages when its signal is aborted, keeping nothing', async () => {
    const doc = await parseDocument(fromBytes('a.pdf', writePdf({ pages: [tablePage(1)] })), { signal: AbortSignal.abort(new Error('time limit')) });
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['parse-aborted']);
    expect(doc.diagnostics[0]!.message).toContain('time limit');
    expect(doc.tables).toEqual([]);
  });
});

describe('hostile markup', () => {
  it('keeps <script> typed into a cell as text and drops a real <script> element, running neither', async () => {
    const c = corpus().find((x) => x.id === 'html/script-in-cell')!;
    const doc = await parseDocument(fromBytes(c.name, await c.bytes()));
    const raws = doc.tables[0]!.cells.flatMap((g) => (g.kind === 'cell' ? [g.raw] : []));
    expect(raws).toContain('<script>alert(1)</script>一般行政管理事务');
    expect(raws).toContain('2080102');
    expect(raws.some((r) => r.includes('__gongkaiPwned'))).toBe(false);
    expect((globalThis as { __gongkaiPwned?: unknown }).__gongkaiPwned).toBeUndefined();
  });

  it('refuses a zip bomb before expanding it, whether its sizes are honest or lie', async () => {
    for (const id of ['zipbomb/document-xml-honest', 'zipbomb/document-xml-lying', 'zipbomb/media-lying']) {
      const c = corpus().find((x) => x.id === id)!;
      const bytes = await c.bytes();
      expect(bytes.length).toBeLessThan(2 << 20);
      const doc = await parseDocument(fromBytes(c.name, bytes));
      expect(doc.diagnostics.map((d) => [d.code, d.severity])).toEqual([['zip-bomb', 'error']]);
    }
  });
});

describe('OCR of scanned pages', () => {
  it('without being asked, a scanned page is needs-ocr and nothing else', async () => {
    const doc = await parseDocument(fromBytes('scan.pdf', scanPdf()));
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['needs-ocr']);
    expect(doc.tables).toHaveLength(1);
  });

  it('asked for with no tesseract: ocr-unavailable says what to install; the page stays needs-ocr', async () => {
    const doc = await parseDocument(fromBytes('scan.pdf', scanPdf()), { ocr: { command: path.join(dir, 'no-such-tesseract') } });
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['ocr-unavailable', 'needs-ocr']);
    expect(doc.diagnostics[0]!.message).toMatch(/not installed.*tesseract-ocr and tesseract-ocr-chi-sim/);
  });

  it('asked for with a tesseract that lacks the Chinese model: ocr-unavailable names it', async () => {
    const doc = await parseDocument(fromBytes('scan.pdf', scanPdf()), { ocr: { command: fakeTesseract(['eng', 'osd']) } });
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['ocr-unavailable', 'needs-ocr']);
    expect(doc.diagnostics[0]!.message).toMatch(/no model for chi_sim; install tesseract-ocr-chi-sim/);
  });

  it('reads the page from OCR words into blocks and a table, marked ocr-text with source ocr; findings on it are capped at warning', async () => {
    const doc = await parseDocument(fromBytes('scan.pdf', scanPdf()), { ocr: { command: fakeTesseract(['chi_sim', 'eng']), dpi: 100 } });
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['ocr-text']);
    const mark = doc.diagnostics[0]!;
    expect(mark).toMatchObject({
      severity: 'warning',
      provenance: { kind: 'pdf', page: 2 },
      detail: { source: 'ocr', engine: 'tesseract', languages: 'chi_sim+eng', words: 13, meanConfidence: 88 },
    });
    const onPage2 = doc.blocks.filter((b) => b.provenance.kind === 'pdf' && b.provenance.page === 2).map((b) => b.text);
    expect(onPage2).toContain('收入决算表');
    const ocrTable = doc.tables.find((t) => t.provenance.kind === 'pdf' && t.provenance.page === 2);
    expect(ocrTable?.cells.filter((c) => c.kind === 'cell').map((c) => (c.kind === 'cell' ? c.raw : ''))).toEqual(
      expect.arrayContaining(['2080101', '行政运行', '1,246.25', '合计', '1,397.53']),
    );
    // The engine's cap: evidence on page 2 (OCR) → warning; on page 1 (the text layer) → as the rule says.
    const trust = trustOf(doc);
    expect([...trust.degradedPages]).toEqual([2]);
    expect(trust.documentCap).toBeNull();
    const records = extractRecords(doc);
    expect(records.document.trust).toEqual({ ocrPages: [2], documentCap: null });
    const onPage = (page: number): Finding => {
      const side = computed('x', new Decimal(1), new Decimal(0), []);
      const f = finding(rule.meta, side, side, { difference: new Decimal(0), tolerance: new Decimal(0) });
      f.evidence.push({ kind: 'text', block: 'b0', start: 0, end: 1, quote: 'x', provenance: { kind: 'pdf', page, bbox: { x0: 0, y0: 0, x1: 1, y1: 1 } } });
      return f;
    };
    expect(capFinding(onPage(2), records.document.trust)).toMatchObject({ severity: 'warning', data: { capped: 'ocr-text: page 2 was read by OCR' } });
    expect(capFinding(onPage(1), records.document.trust).severity).toBe('error');
  });

  it('renders a huge scanned page at a lower resolution rather than allocating it whole', async () => {
    const doc = await parseDocument(fromBytes('huge-scan.pdf', writePdf({ pages: ['q 14400 0 0 14400 0 0 cm /Im0 Do Q\n'], mediaBox: '[0 0 14400 14400]' })), {
      ocr: { command: fakeTesseract(['chi_sim', 'eng']) },
    });
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['ocr-text']);
    // 14,400 pt square at 300 dpi would be 3.6 billion pixels; capped at MAX_OCR_PIXELS (40 million).
    expect(doc.diagnostics[0]!.detail).toMatchObject({ dpi: 32 });
  });

  it('OCRs at most ocr.maxPages pages and says so for the rest', async () => {
    const doc = await parseDocument(fromBytes('scans.pdf', writePdf({ pages: [SCAN_CONTENT, SCAN_CONTENT, SCAN_CONTENT] })), {
      ocr: { command: fakeTesseract(['chi_sim', 'eng']), dpi: 72, maxPages: 1 },
    });
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['ocr-text', 'ocr-limit', 'needs-ocr', 'ocr-limit', 'needs-ocr']);
  });

  it('turns tesseract TSV words into runs in PDF points, joining the characters of a line', () => {
    const words = parseTsv(
      'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n4\t1\t1\t1\t1\t0\t0\t0\t9\t9\t-1\t\n5\t1\t1\t1\t1\t1\t300\t300\t30\t30\t90\t收\n5\t1\t1\t1\t1\t2\t335\t300\t30\t30\t80\t入\n5\t1\t1\t1\t1\t3\t900\t300\t120\t30\t95\t1,246.25\n',
    );
    expect(words.map((w) => w.text)).toEqual(['收', '入', '1,246.25']);
    const runs = wordsToRuns(words, 300);
    expect(runs.map((r) => [r.text, r.box.x0, r.font])).toEqual([
      ['收入', 72, 'ocr'],
      ['1,246.25', 216, 'ocr'],
    ]);
  });

  it('with the real tesseract when installed (Debian tesseract-ocr, tesseract-ocr-chi-sim), else ocr-unavailable', async () => {
    const bytes = new Uint8Array(execFileSync('cat', [path.join(ROOT, 'fixtures/scanned/scanned-page.pdf')], { maxBuffer: 1 << 24 }));
    const doc = await parseDocument(fromBytes('scanned-page.pdf', bytes), { ocr: { dpi: 150 } });
    const codes = doc.diagnostics.map((d) => d.code);
    if (ocrAvailable('tesseract', 'chi_sim+eng').ok) {
      expect(codes).toEqual(['ocr-text']);
      // The title prints large and clear: OCR reads it.
      expect(doc.blocks.map((b) => b.text)).toContain('收入决算表');
    } else {
      expect(codes).toEqual(['ocr-unavailable', 'needs-ocr']);
    }
  });
});

describe('memory', () => {
  it('parses a generated 300-page PDF (25-row ruled table a page) within 300 MB peak RSS, in a fresh process', () => {
    const out = execFileSync(process.execPath, [path.join(ROOT, 'test/robustness/memory-child.mjs'), '300', '25'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    const r = JSON.parse(out.trim().split('\n').at(-1)!) as { pages: number; tables: number; errors: number; peakRssMb: number };
    expect(r).toMatchObject({ pages: 300, tables: 300, errors: 0 });
    expect(r.peakRssMb).toBeLessThanOrEqual(300);
  });
});
