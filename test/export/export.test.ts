import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommand, exportOptions } from '../../src/cli/export.js';
import {
  columnName,
  csvField,
  EXPORT_TABLES,
  exportStore,
  jsonlRecord,
  README_SHEET,
  storeCount,
  tableRows,
  XLSX_FILE,
  xlsxDecimal,
  xlsxNumber,
  xmlText,
} from '../../src/export/index.js';
import type { Db } from '../../src/store/index.js';
import { tempDir } from '../pipeline/helpers.js';
import { buildStore, count } from './store.js';

const dir = tempDir('gongkai-export-');
let db: Db;

/** RFC 4180 reader: quoted fields with doubled quotes, CRLF records; returns the records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += ch;
    i++;
  }
  expect(field, 'the file ends with CRLF').toBe('');
  expect(record).toEqual([]);
  return records;
}

/** The store's rows of an export table as the csv has them: text, null as empty. */
const asText = (t: (typeof EXPORT_TABLES)[number]): string[][] =>
  [...tableRows(db, t)].map((r) => r.map((v) => (v === null || v === undefined ? '' : String(v))));

/** 2080101 行政运行 in seed 004's 收入决算表: 本年收入合计 is printed 1,246.25 (万元). */
const is1246 = (r: Record<string, unknown>): boolean =>
  r.source === 'fixtures/seeds/004_d487b3c520216221.html' && r.table_title === '收入决算表' && r.code === '2080101' && r.measure === '本年收入合计';

beforeAll(async () => {
  db = await buildStore(path.join(dir, 'store.db'));
}, 120_000);
afterAll(() => db?.close());

describe('export values', () => {
  it('quotes CSV fields as RFC 4180 has it', () => {
    expect(csvField('plain 文本')).toBe('plain 文本');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(12)).toBe('12');
  });

  it('writes an xlsx number only for a decimal that survives a double exactly', () => {
    for (const s of ['1246.25', '0', '-0.01', '1387.53', '100', '0.1', '123456789012.345']) expect(xlsxNumber(s)).toBe(s);
    // too many digits for Excel, not canonical, exponent-only as a double, or not a number at all
    for (const s of ['2.8307670526400366657', '1234567890123456', '1.10', '007', '0.0000005', '1e3', '-0', '', '1,246.25', 'NaN', '9007199254740993'])
      expect(xlsxNumber(s), s).toBeNull();
  });

  it('keeps decimals as strings and JSON columns as JSON in JSON Lines', () => {
    const line = jsonlRecord(
      [
        { name: 'a', type: 'decimal', note: '' },
        { name: 'b', type: 'json', note: '' },
        { name: 'c', type: 'integer', note: '' },
        { name: 'd', type: 'json', note: '' },
      ],
      ['1246.25', '{"v":"0.10","n":[1,2]}', 3, 'not json'],
    );
    expect(line).toBe('{"a":"1246.25","b":{"v":"0.10","n":[1,2]},"c":3,"d":"not json"}\n');
  });

  it('escapes XML text and names columns', () => {
    expect(xmlText('<a & "b">\u0001')).toBe('&lt;a &amp; &quot;b&quot;&gt;\uFFFD');
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe('exportStore', { timeout: 60_000 }, () => {
  it('has something of every table to export', () => {
    for (const t of ['documents', 'line_items', 'narrative_facts', 'findings', 'evidence']) expect(count(db, t), t).toBeGreaterThan(0);
    expect(count(db, "evidence WHERE kind = 'cell'")).toBeGreaterThan(0);
    expect(count(db, "evidence WHERE kind = 'text'")).toBeGreaterThan(0);
  });

  it('writes csv: UTF-8 with a BOM, RFC 4180, one file per table with every row of the store, exact amounts as text', async () => {
    const out = path.join(dir, 'csv');
    const r = await exportStore(db, { format: 'csv', dir: out });
    expect(r.tables.map((t) => path.basename(t.file))).toEqual(EXPORT_TABLES.map((t) => `${t.name}.csv`));
    for (const t of EXPORT_TABLES) {
      const bytes = readFileSync(path.join(out, `${t.name}.csv`));
      expect([...bytes.subarray(0, 3)], `${t.name}: BOM`).toEqual([0xef, 0xbb, 0xbf]);
      const records = parseCsv(bytes.toString('utf8').slice(1));
      expect(records[0]).toEqual(t.columns.map((c) => c.name));
      expect(records.length - 1, t.name).toBe(storeCount(db, t));
      expect(r.tables.find((x) => x.table === t.name)!.rows).toBe(storeCount(db, t));
      // Every field reads back as exactly what the store holds (quotes, commas, line breaks, Chinese).
      expect(records.slice(1), t.name).toEqual(asText(t));
    }
    const items = parseCsv(readFileSync(path.join(out, 'line_items.csv'), 'utf8').slice(1));
    const head = items[0]!;
    const objs = items.slice(1).map((rec) => Object.fromEntries(head.map((h, i) => [h, rec[i]])));
    const hit = objs.filter(is1246);
    expect(hit).toHaveLength(1);
    expect(hit[0]).toMatchObject({ name: '行政运行', printed: '1,246.25', value: '1246.25', amount_wan: '1246.25', unit: '万元' });
    expect(readFileSync(path.join(out, 'README.md'), 'utf8')).toMatch(/exact decimal strings, never floats/);
  });

  it('writes jsonl: one object per row, decimals as strings, JSON columns embedded', async () => {
    const out = path.join(dir, 'jsonl');
    await exportStore(db, { format: 'jsonl', dir: out });
    for (const t of EXPORT_TABLES) {
      const text = readFileSync(path.join(out, `${t.name}.jsonl`), 'utf8');
      expect(text.endsWith('\n')).toBe(true);
      const rows = text
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(rows.length, t.name).toBe(storeCount(db, t));
      expect(Object.keys(rows[0]!)).toEqual(t.columns.map((c) => c.name));
      for (const c of t.columns.filter((x) => x.type === 'decimal'))
        for (const row of rows) expect(row[c.name] === null || typeof row[c.name] === 'string', `${t.name}.${c.name}`).toBe(true);
    }
    const items = readFileSync(path.join(out, 'line_items.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const hit = items.filter(is1246);
    expect(hit).toHaveLength(1);
    expect(hit[0]).toMatchObject({ amount_wan: '1246.25', value: '1246.25', measure_path: expect.any(Array) });
    expect(readFileSync(path.join(out, 'line_items.jsonl'), 'utf8')).toContain('"amount_wan":"1246.25"');
    const facts = readFileSync(path.join(out, 'narrative_facts.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { payload: { kind: string }; kind: string });
    for (const f of facts) expect(f.payload.kind).toBe(f.kind);
    const findings = readFileSync(path.join(out, 'findings.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const stored = db.prepare('SELECT id, difference, tolerance, left_value FROM findings ORDER BY document_id, seq').all() as Record<string, unknown>[];
    expect(findings.map((f) => ({ id: f.id, difference: f.difference, tolerance: f.tolerance, left_value: f.left_value }))).toEqual(stored);
  });

  it('writes one xlsx workbook with a sheet per table, the right rows, every amount a number with a number format', async () => {
    const out = path.join(dir, 'xlsx');
    const r = await exportStore(db, { format: 'xlsx', dir: out });
    expect(r.files.map((f) => path.basename(f))).toEqual([XLSX_FILE, 'README.md']);
    const zip = await JSZip.loadAsync(readFileSync(path.join(out, XLSX_FILE)));
    for (const part of ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml'])
      expect(zip.file(part), part).not.toBeNull();
    const wb = cheerio.load(await zip.file('xl/workbook.xml')!.async('string'), { xml: true });
    const names = wb('sheets > sheet')
      .map((_, s) => wb(s).attr('name'))
      .get();
    expect(names).toEqual([README_SHEET, ...EXPORT_TABLES.map((t) => t.name)]);
    const rels = cheerio.load(await zip.file('xl/_rels/workbook.xml.rels')!.async('string'), { xml: true });

    for (const [i, t] of EXPORT_TABLES.entries()) {
      const rid = wb('sheets > sheet')
        .eq(i + 1)
        .attr('r:id');
      const target = rels(`Relationship[Id="${rid}"]`).attr('Target');
      const sheet = cheerio.load(await zip.file(`xl/${target}`)!.async('string'), { xml: true });
      const rows = sheet('sheetData > row');
      expect(rows.length - 1, t.name).toBe(storeCount(db, t));
      const cell = (c: ReturnType<typeof sheet>): { ref: string; type: string | undefined; style: string | undefined; text: string } => ({
        ref: c.attr('r')!,
        type: c.attr('t'),
        style: c.attr('s'),
        text: c.attr('t') === 'inlineStr' ? c.find('is > t').text() : c.find('v').text(),
      });
      const header = rows
        .first()
        .find('c')
        .map((_, c) => cell(sheet(c)).text)
        .get();
      expect(header).toEqual(t.columns.map((c) => c.name));
      // Read every row back by its cell references: each value is the store's, as text or as a number.
      const expected = asText(t);
      rows.slice(1).each((ri, row) => {
        const values: string[] = t.columns.map(() => '');
        sheet(row)
          .find('c')
          .each((_, c) => {
            const x = cell(sheet(c));
            const col = [...x.ref.replace(/\d+$/, '')].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0) - 1;
            const column = t.columns[col]!;
            if (x.type === undefined) {
              // a number cell: integers, and every amount, styled with a number format of its places
              expect(['integer', 'decimal'], `${t.name} ${x.ref}`).toContain(column.type);
              if (column.type === 'decimal') {
                const want = xlsxDecimal(expected[ri]![col]!)!;
                expect(x.text, `${t.name} ${x.ref}`).toBe(want.v);
                expect(x.style, `${t.name} ${x.ref}`).toBe(String(2 + want.places));
                values[col] = expected[ri]![col]!;
                return;
              }
            } else expect(column.type, `${t.name} ${x.ref}: an amount is never text`).not.toBe('decimal');
            values[col] = x.text;
          });
        expect(values, `${t.name} row ${ri + 2}`).toEqual(expected[ri]);
      });
      if (t.name === 'line_items') {
        const col = (name: string): number => t.columns.findIndex((c) => c.name === name);
        const hits = expected.map((v, ri) => ({ v, ri })).filter(({ v }) => is1246(Object.fromEntries(t.columns.map((c, k) => [c.name, v[k]]))));
        expect(hits).toHaveLength(1);
        const amount = sheet(rows.get(hits[0]!.ri + 1)!).find(`c[r="${columnName(col('amount_wan'))}${hits[0]!.ri + 2}"]`);
        expect(amount.attr('t')).toBeUndefined();
        expect(amount.find('v').text()).toBe('1246.25');
        // style 4: #,##0.00
        expect(amount.attr('s')).toBe('4');
      }
    }
    const sheets = r.sheets!;
    expect(sheets.map((s) => s.name)).toEqual(names);
    // The findings' recomputed sums carry more digits than a double: numbers all the same, counted as inexact.
    expect(sheets.find((s) => s.name === 'findings')!.inexact).toBeGreaterThan(0);
    const styles = await zip.file('xl/styles.xml')!.async('string');
    expect(styles).toContain('<numFmt numFmtId="166" formatCode="#,##0.00"/>');
    expect(readFileSync(path.join(out, 'README.md'), 'utf8')).toMatch(/NUMBER cells with a number format/);
  });
});

describe('gongkai export', { timeout: 60_000 }, () => {
  it('validates its options', () => {
    expect(exportOptions({ format: 'csv', out: 'x' })).toEqual({ db: 'data/gongkai.db', format: 'csv', out: 'x' });
    expect(exportOptions({ format: 'xls', out: 'x' })).toMatch(/--format must be csv, jsonl, xlsx/);
    expect(exportOptions({ out: 'x' })).toMatch(/--format/);
    expect(exportOptions({ format: 'jsonl' })).toMatch(/--out DIR/);
  });

  it('writes the files and says so; a missing store is a usage error', async () => {
    const out = path.join(dir, 'cli');
    const writes: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((s: string) => (writes.push(s), true)) as typeof process.stdout.write;
    let code: number;
    try {
      code = await exportCommand({ db: path.join(dir, 'store.db'), format: 'jsonl', out });
    } finally {
      process.stdout.write = write;
    }
    expect(code).toBe(0);
    expect(writes.join('')).toMatch(new RegExp(`line_items\\s+${count(db, 'line_items')} rows`));
    expect(existsSync(path.join(out, 'evidence.jsonl'))).toBe(true);
    await expect(exportCommand({ db: path.join(dir, 'missing.db'), format: 'csv', out })).rejects.toThrow(/no store at/);
  });
});
