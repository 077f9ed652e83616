import { describe, expect, it } from 'vitest';
import { findExecutable } from '../../src/parse/convert/libreoffice.js';
import { reasonCodes, readingOf } from '../../src/pipeline/status.js';
import { parseFixture } from '../helpers/fixtures.js';
import { recordsOf } from '../helpers/records.js';
import { isPublicTable, placeless, tableRecords } from './compare.js';

/**
 * The 财政局 2024 决算 and seed 004 in the formats departments also publish (fixtures/office, built
 * by fixtures/build/office.ts): every table of a spreadsheet twin gives the PDF's line items, 三公
 * and 决算 records cell for cell, with the same titles and unit notes; every Word twin the PDF's
 * narrative facts. The legacy formats are read through LibreOffice: where it is not installed the
 * test holds the outcome a user gets instead: unreadable, because `converter-unavailable`, with the command to install it.
 */
const CZJ = { pdf: 'fixtures/real/上海市普陀区财政局2024年度部门决算.pdf', stem: 'fixtures/office/czj-2024' };
const S004 = { pdf: 'fixtures/seeds/004_d487b3c520216221.pdf', stem: 'fixtures/office/004_d487b3c520216221' };
const CONVERTER = findExecutable('soffice') !== null;

async function expectUnconverted(file: string): Promise<void> {
  const doc = await parseFixture(file);
  expect(doc.diagnostics.map((d) => d.code)).toContain('converter-unavailable');
  expect(doc.diagnostics.find((d) => d.code === 'converter-unavailable')?.message).toContain(
    'apt-get install -y --no-install-recommends libreoffice-calc-nogui libreoffice-writer-nogui',
  );
  expect([readingOf(doc).reading, reasonCodes(readingOf(doc))]).toEqual(['unreadable', ['converter-unavailable']]);
  expect(doc.tables).toEqual([]);
}

describe('spreadsheet twins: the same tables as the PDF, cell for cell', { timeout: 180_000 }, () => {
  it.each([
    ['财政局 2024 决算', 'xlsx', CZJ],
    ['seed 004', 'xlsx', S004],
    ['财政局 2024 决算', 'xls', CZJ],
    ['seed 004', 'xls', S004],
  ])('%s as .%s', async (_name, ext, twin) => {
    const file = `${twin.stem}.${ext}`;
    if (ext !== 'xlsx' && !CONVERTER) return expectUnconverted(file);
    const [pdf, sheet] = [await recordsOf(twin.pdf), await recordsOf(file)];
    const want = tableRecords(pdf, isPublicTable);
    const got = tableRecords(sheet, isPublicTable);
    expect((got.tables as unknown[]).length).toBe(twin === CZJ ? 9 : 8);
    expect((got.lineItems as unknown[]).length).toBe(twin === CZJ ? 193 : 93);
    expect(got).toEqual(want);
    // Nothing but the 公开 tables: a sheet per table, no stray grid.
    expect(sheet.tables.map((t) => t.kind).filter((k) => !isPublicTable(k))).toEqual([]);
  });

  it("seed 004 as .et (WPS 表格): the 公开 tables and the 自评表 sheet give the PDF's records", async () => {
    const file = `${S004.stem}.et`;
    if (!CONVERTER) return expectUnconverted(file);
    const [pdf, et] = [await recordsOf(S004.pdf), await recordsOf(file)];
    expect(et.tables.map((t) => t.kind)).toEqual(pdf.tables.map((t) => t.kind));
    expect(tableRecords(et, isPublicTable)).toEqual(tableRecords(pdf, isPublicTable));
    // The scoring template (grade bands, rates) is read from the report's text, which the workbook does not hold.
    const rows = (r: typeof et) => placeless(r.selfEval.map(({ template: _template, ...rest }) => rest));
    expect(rows(et)).toEqual(rows(pdf));
  });
});

describe('Word twins: the same narrative facts as the PDF', { timeout: 180_000 }, () => {
  it.each([
    ['财政局 2024 决算 情况说明', 'doc', CZJ, 121],
    ['seed 004 情况说明', 'doc', S004, 226],
  ])('%s as .%s', async (_name, ext, twin, facts) => {
    const file = `${twin.stem}.${ext}`;
    if (!CONVERTER) return expectUnconverted(file);
    const [pdf, doc] = [await recordsOf(twin.pdf), await recordsOf(file)];
    expect(doc.narrative).toHaveLength(facts);
    expect(placeless(doc.narrative)).toEqual(placeless(pdf.narrative));
    // The department: seed 004 names itself in the table strips (部门：…), which its text file does not hold.
    expect([doc.document.kind, doc.document.year]).toEqual([pdf.document.kind, pdf.document.year]);
  });

  it("the whole 财政局 决算 as .wps (WPS 文字): its tables and its narrative as the PDF's", async () => {
    const file = `${CZJ.stem}.wps`;
    if (!CONVERTER) return expectUnconverted(file);
    const [pdf, wps] = [await recordsOf(CZJ.pdf), await recordsOf(file)];
    expect(wps.tables.map((t) => t.kind)).toEqual(pdf.tables.map((t) => t.kind));
    expect(tableRecords(wps, isPublicTable)).toEqual(tableRecords(pdf, isPublicTable));
    expect(placeless(wps.narrative)).toEqual(placeless(pdf.narrative));
  });
});

describe('without LibreOffice', () => {
  it('a legacy file is unreadable because converter-unavailable, which says how to install the converter', async () => {
    const { parseDocument } = await import('../../src/parse/index.js');
    const { readFileSync } = await import('node:fs');
    const { fromBytes } = await import('../../src/sources/file.js');
    const { ROOT } = await import('../helpers/fixtures.js');
    const path = await import('node:path');
    for (const [file, format] of [
      [`${CZJ.stem}.xls`, 'xls'],
      [`${CZJ.stem}.doc`, 'doc'],
      [`${CZJ.stem}.wps`, 'doc'],
      [`${S004.stem}.et`, 'xls'],
    ] as const) {
      const doc = await parseDocument(fromBytes(file, new Uint8Array(readFileSync(path.join(ROOT, file)))), {
        converter: { command: '/nonexistent/gongkai-soffice' },
      });
      expect(doc.format, file).toBe(format);
      const d = doc.diagnostics.find((x) => x.code === 'converter-unavailable');
      expect(d?.severity, file).toBe('warning');
      expect(d?.message).toContain('apt-get install -y --no-install-recommends libreoffice-calc-nogui libreoffice-writer-nogui');
      expect(doc.diagnostics.map((x) => x.code)).not.toContain('extension-mismatch');
      expect([readingOf(doc).reading, reasonCodes(readingOf(doc))], file).toEqual(['unreadable', ['converter-unavailable']]);
    }
  });
});
