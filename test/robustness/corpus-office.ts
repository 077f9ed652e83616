/**
 * The malformed corpus's spreadsheets, legacy Office files and archives: broken XLSX (truncated,
 * sheet XML that is not XML or not a sheet, a sheet the workbook names but does not hold, a formula
 * with no stored result, 100,000 rows, a zip bomb), broken OLE2 files (truncated, a Workbook stream of
 * random bytes, a password-protected package, neither Word nor Excel), RAR and 7z, bundles nested too
 * deep or with a member that cannot be extracted.
 */
import CFB from 'cfb';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Case } from './corpus.js';

export interface CorpusHelpers {
  once: <T>(f: () => T) => () => T;
  fixture: (rel: string) => () => Uint8Array;
  randomBytes: (seed: number, n: number, prefix?: string) => Uint8Array;
  /** Raw deflate data expanding to `chunks` × 16 MiB of zeros. */
  zerosDeflate: (chunks: number) => Uint8Array;
  rawZip: (entries: { name: string; data: Uint8Array; method: 0 | 8; declared: number }[]) => Uint8Array;
}

const INCOME: (string | number | null)[][] = [
  ['科目编码', '科目名称', '本年收入合计', '财政拨款收入'],
  ['合计', null, 1387.53, 1387.53],
  ['208', '社会保障和就业支出', 1387.53, 1387.53],
  ['2080101', '行政运行', 1246.25, 1246.25],
  ['2080107', '社会保险业务管理事务', 141.28, 141.28],
];

/** A 收入决算表 workbook whose figures add up; `alter` changes it for a case. */
async function incomeBook(alter?: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('公开02表');
  ws.getCell('A1').value = '收入决算表';
  ws.getCell('D2').value = '金额单位：万元';
  INCOME.forEach((row, r) =>
    row.forEach((v, c) => {
      const cell = ws.getCell(3 + r, 1 + c);
      if (v !== null) cell.value = v;
      if (typeof v === 'number') cell.numFmt = '#,##0.00';
      cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
    }),
  );
  alter?.(ws);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The entries of an XLSX with one of them replaced (or removed, for `null`). */
async function replacing(book: Uint8Array, name: string, data: string | Uint8Array | null): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(book);
  if (data === null) zip.remove(name);
  else zip.file(name, data);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** An OLE2 compound file holding the given streams. */
function ole(streams: Record<string, Uint8Array | string>): Uint8Array {
  const c = CFB.utils.cfb_new();
  for (const [name, data] of Object.entries(streams)) CFB.utils.cfb_add(c, `/${name}`, typeof data === 'string' ? Buffer.from(data) : Buffer.from(data));
  return new Uint8Array(CFB.write(c, { type: 'buffer' }) as Buffer);
}

export function officeCases(h: CorpusHelpers): Case[] {
  const cases: Case[] = [];
  const add = (c: Case): void => void cases.push(c);
  const base = h.once(() => incomeBook());
  const realXlsx = h.fixture('fixtures/office/czj-2024.xlsx');
  const realXls = h.fixture('fixtures/office/czj-2024.xls');
  const realDoc = h.fixture('fixtures/office/czj-2024.doc');

  // ---- XLSX
  for (const n of [1, 2, 3, 4, 6])
    add({
      id: `xlsx/truncated-${n}of7`,
      name: `truncated-${n}.xlsx`,
      bytes: () => realXlsx().subarray(0, Math.floor((realXlsx().length * n) / 7)),
      expect: { status: 'failed' },
    });
  add({
    id: 'xlsx/sheet-not-xml',
    name: 'sheet-not-xml.xlsx',
    bytes: async () => replacing(await base(), 'xl/worksheets/sheet1.xml', '<<<not xml at all'),
    expect: { status: 'failed' },
  });
  add({
    id: 'xlsx/sheet-unclosed',
    name: 'sheet-unclosed.xlsx',
    bytes: async () =>
      replacing(
        await base(),
        'xl/worksheets/sheet1.xml',
        '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0',
      ),
  });
  add({
    id: 'xlsx/sheet-wrong-root',
    name: 'sheet-wrong-root.xlsx',
    bytes: async () =>
      replacing(
        await base(),
        'xl/worksheets/sheet1.xml',
        '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
      ),
  });
  add({ id: 'xlsx/sheet-missing', name: 'sheet-missing.xlsx', bytes: async () => replacing(await base(), 'xl/worksheets/sheet1.xml', null) });
  add({
    id: 'xlsx/shared-strings-random',
    name: 'strings-random.xlsx',
    bytes: async () => replacing(await base(), 'xl/sharedStrings.xml', h.randomBytes(51, 3000)),
  });
  add({ id: 'xlsx/styles-not-xml', name: 'styles-not-xml.xlsx', bytes: async () => replacing(await base(), 'xl/styles.xml', '<<<') });
  add({
    id: 'xlsx/workbook-no-sheets',
    name: 'no-sheets.xlsx',
    bytes: async () =>
      replacing(
        await base(),
        'xl/workbook.xml',
        '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>',
      ),
  });
  add({
    id: 'xlsx/only-workbook-part',
    name: 'book.xlsx',
    bytes: async () => {
      const z = new JSZip();
      z.file('xl/workbook.xml', '<workbook/>');
      z.file('[Content_Types].xml', '<Types/>');
      return z.generateAsync({ type: 'uint8array' });
    },
    expect: { codes: ['no-content'], status: 'failed' },
  });
  add({
    id: 'xlsx/formula-only-cell',
    name: 'formula-only.xlsx',
    bytes: () => incomeBook((ws) => (ws.getCell('C4').value = { formula: 'C5', date1904: false } as ExcelJS.CellFormulaValue)),
    expect: { codes: ['formula-without-value'], status: 'needs-review' },
  });
  add({
    id: 'xlsx/unknown-number-format',
    name: 'odd-format.xlsx',
    bytes: () => incomeBook((ws) => (ws.getCell('C5').numFmt = '[<0]"neg"##;[>0]"pos"??#,##;[=0]"z"#;@;@')),
  });
  add({
    id: 'xlsx/hidden-everything',
    name: 'hidden.xlsx',
    bytes: () =>
      incomeBook((ws) => {
        ws.state = 'veryHidden';
        ws.getRow(5).hidden = true;
        ws.getColumn(2).hidden = true;
      }),
    expect: { codes: ['sheet-hidden', 'sheet-hidden-cells'], status: 'ok' },
  });
  const rows100k = h.once(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('支出明细');
    ws.addRow(['科目编码', '科目名称', '金额']);
    for (let i = 0; i < 100_000; i++) ws.addRow([String(2080100 + (i % 100)), `项目${i + 1}`, (i * 37) % 1000]);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  });
  add({ id: 'big/xlsx-100000-rows', name: 'rows-100000.xlsx', bytes: rows100k });
  const sheetEntries = h.once(async () => {
    const zip = await JSZip.loadAsync(await base());
    return Promise.all(
      Object.values(zip.files)
        .filter((f) => !f.dir)
        .map(async (f) => ({ name: f.name, data: await f.async('uint8array'), method: 0 as const, declared: 0 })),
    );
  });
  const bomb = h.once(() => h.zerosDeflate(64));
  add({
    id: 'zipbomb/xlsx-sheet-lying',
    name: 'bomb.xlsx',
    bytes: async () =>
      h.rawZip([
        ...(await sheetEntries()).filter((e) => e.name !== 'xl/worksheets/sheet1.xml').map((e) => ({ ...e, declared: e.data.length })),
        { name: 'xl/worksheets/sheet1.xml', data: bomb(), method: 8, declared: 5000 },
      ]),
    expect: { codes: ['zip-bomb'], status: 'failed' },
  });

  // ---- OLE2: legacy Word and Excel files
  for (const n of [1, 3, 5])
    add({
      id: `ole/xls-truncated-${n}of6`,
      name: `truncated-${n}.xls`,
      bytes: () => realXls().subarray(0, Math.floor((realXls().length * n) / 6)),
      expect: { status: 'failed' },
    });
  for (const n of [1, 4])
    add({
      id: `ole/doc-truncated-${n}of5`,
      name: `truncated-${n}.doc`,
      bytes: () => realDoc().subarray(0, Math.floor((realDoc().length * n) / 5)),
      expect: { status: 'failed' },
    });
  add({ id: 'ole/workbook-random', name: 'random-workbook.xls', bytes: () => ole({ Workbook: h.randomBytes(61, 8000) }) });
  add({
    id: 'ole/worddocument-random',
    name: 'random-word.wps',
    bytes: () => ole({ WordDocument: h.randomBytes(62, 8000), '1Table': h.randomBytes(63, 2000) }),
  });
  add({
    id: 'ole/encrypted-package',
    name: 'locked.xlsx',
    bytes: () => ole({ EncryptionInfo: h.randomBytes(64, 200), EncryptedPackage: h.randomBytes(65, 4000) }),
    expect: { codes: ['office-encrypted'], status: 'failed' },
  });
  add({
    id: 'ole/powerpoint',
    name: 'slides.doc',
    bytes: () => ole({ 'PowerPoint Document': h.randomBytes(66, 1000) }),
    expect: { codes: ['unsupported-format'], status: 'failed' },
  });
  add({
    id: 'ole/converter-missing',
    name: 'book.et',
    bytes: realXls,
    options: { converter: { command: '/nonexistent/gongkai-soffice' } },
    expect: { codes: ['converter-unavailable'], status: 'failed' },
  });

  // ---- archives gongkai does not open, and bundles
  add({
    id: 'archive/rar',
    name: 'release.rar',
    bytes: () => h.randomBytes(71, 3000, 'Rar!\x1a\x07\x01\x00'),
    expect: { codes: ['unsupported-format'], status: 'failed' },
  });
  add({
    id: 'archive/7z',
    name: 'release.7z',
    bytes: () => h.randomBytes(72, 3000, '7z\xbc\xaf\x27\x1c'),
    expect: { codes: ['unsupported-format'], status: 'failed' },
  });
  const nested = h.once(async () => {
    let inner: Uint8Array = new TextEncoder().encode('<p>收入决算表</p>');
    let name = 'a.html';
    for (let i = 0; i < 6; i++) {
      const z = new JSZip();
      z.file(name, inner);
      inner = await z.generateAsync({ type: 'uint8array' });
      name = `level${i}.zip`;
    }
    return inner;
  });
  add({ id: 'bundle/nested-6-deep', name: 'nested.zip', bytes: nested, expect: { status: 'ok' } });
  add({ id: 'bundle/too-deep-member', name: 'a.zip!/b.zip!/c.zip!/d.zip!/e.zip', bytes: nested, expect: { codes: ['bundle-too-deep'], status: 'failed' } });
  add({
    id: 'bundle/release-gbk',
    name: 'release-gbk.zip',
    bytes: h.fixture('fixtures/office/release-gbk.zip'),
    expect: { codes: ['bundle', 'bundle-names-gbk'], status: 'ok' },
  });
  add({
    id: 'bundle/too-many-members',
    name: 'many.zip',
    bytes: async () => {
      const z = new JSZip();
      for (let i = 0; i < 30; i++) z.file(`${i}.html`, `<p>${i}</p>`);
      return z.generateAsync({ type: 'uint8array' });
    },
    options: { limits: { maxBundleMembers: 20 } },
    expect: { codes: ['bundle-too-many-members'], status: 'failed' },
  });
  return cases;
}
