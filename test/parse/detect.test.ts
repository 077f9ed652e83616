import { readFileSync } from 'node:fs';
import CFB from 'cfb';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, formatFromName } from '../../src/sources/sniff/detect.js';
import { detectNumbering, cnNumber } from '../../src/parse/common/numbering.js';
import { parseBytes, parseFixture, ROOT } from '../helpers/fixtures.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('format detection (by bytes, never by name)', () => {
  it.each([
    ['%PDF-1.7\n…', 'pdf'],
    ['\uFEFF junk before the header %PDF-1.4', 'pdf'],
    ['<!DOCTYPE html><html></html>', 'html'],
    ['  <!-- saved page --> <table><tr><td>1</td></tr></table>', 'html'],
    ['<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"></html>', 'html'],
    ['just some text, not a document', 'unknown'],
    ['', 'empty'],
  ])('%j → %s', (input, format) => {
    expect(detectFormat(bytes(input)).format).toBe(format);
  });

  it('tells DOCX, XLSX and other ZIPs apart by their entries, and spots OLE2 files', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]);
    expect(detectFormat(zip, ['[Content_Types].xml', 'word/document.xml']).format).toBe('docx');
    expect(detectFormat(zip, ['xl/workbook.xml']).format).toBe('xlsx');
    expect(detectFormat(zip, ['a.txt']).format).toBe('zip');
    expect(detectFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0])).format).toBe('ole');
  });

  it('names an OLE2 file by its streams: Workbook is xls, WordDocument is doc, EncryptedPackage is a locked Office file', () => {
    const ole = (...streams: string[]): Uint8Array => {
      const c = CFB.utils.cfb_new();
      for (const s of streams) CFB.utils.cfb_add(c, `/${s}`, Buffer.from('stream content'));
      return new Uint8Array(CFB.write(c, { type: 'buffer' }) as Buffer);
    };
    expect(detectFormat(ole('Workbook', '\x05SummaryInformation')).format).toBe('xls');
    expect(detectFormat(ole('Book')).format).toBe('xls');
    expect(detectFormat(ole('WordDocument', '1Table')).format).toBe('doc');
    const locked = detectFormat(ole('EncryptionInfo', 'EncryptedPackage'));
    expect([locked.format, locked.reason]).toEqual(['ole', 'OLE2 compound file with an EncryptedPackage stream (a password-protected Office file)']);
    expect(detectFormat(ole('PowerPoint Document')).format).toBe('ole');
  });

  it('names RAR and 7z archives, and refuses them as bundles it cannot open', async () => {
    const rar = await parseBytes('release.rar', new Uint8Array([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00, 9, 9, 9]));
    const sevenZip = await parseBytes('release.7z', new Uint8Array([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4, 1, 2]));
    for (const [doc, name] of [
      [rar, 'RAR'],
      [sevenZip, '7-Zip'],
    ] as const) {
      const d = doc.diagnostics.find((x) => x.code === 'unsupported-format');
      expect(d?.severity).toBe('error');
      expect(d?.message).toContain(`a ${name} archive; gongkai opens ZIP bundles only`);
    }
    expect([rar.format, sevenZip.format]).toEqual(['rar', '7z']);
  });

  it('knows the extensions that only feed the mismatch warning', () => {
    expect([formatFromName('a/b.PDF'), formatFromName('x.htm'), formatFromName('y.docx'), formatFromName('z.txt')]).toEqual(['pdf', 'html', 'docx', null]);
    expect(['a.xls', 'a.et', 'a.doc', 'a.wps', 'a.xlsx', 'b.zip!/c/d.XLS'].map(formatFromName)).toEqual(['xls', 'xls', 'doc', 'doc', 'xlsx', 'xls']);
  });

  it('reads a DOCX named .pdf as DOCX and says so', async () => {
    const doc = await parseFixture('fixtures/odd/docx-named-pdf.pdf');
    expect(doc.format).toBe('docx');
    expect(doc.tables).toHaveLength(2);
    expect(doc.diagnostics.map((d) => [d.code, d.severity, d.detail])).toEqual([['extension-mismatch', 'warning', { byName: 'pdf', byBytes: 'docx' }]]);
  });

  it('gives empty and unrecognised files a document with an error, not an exception', async () => {
    const empty = await parseFixture('fixtures/odd/empty.pdf');
    expect([empty.format, empty.bytes, empty.diagnostics.map((d) => [d.code, d.severity])]).toEqual(['empty', 0, [['empty-file', 'error']]]);
    expect(empty.id).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    const junk = await parseBytes('junk.html', new Uint8Array([0, 1, 2, 3, 255, 254, 7]));
    expect([junk.format, junk.diagnostics.map((d) => d.code)]).toEqual(['unknown', ['unrecognised-format']]);
  });

  it('decodes the GBK fixture from its meta charset', async () => {
    const raw = readFileSync(path.join(ROOT, 'fixtures/odd/gbk-page.html'));
    expect(raw.includes(Buffer.from('收入决算表', 'utf8'))).toBe(false);
    const doc = await parseFixture('fixtures/odd/gbk-page.html');
    expect([doc.encoding, doc.tables[0]!.title, doc.diagnostics]).toEqual(['gb18030', '收入决算表', []]);
  });
});

describe('Chinese numbering', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十六', 26],
    ['一百零五', 105],
    ['两', 2],
  ])('cnNumber(%s) = %i', (s, n) => expect(cnNumber(s)).toBe(n));

  it.each([
    ['第三部分 2021年度部门决算情况说明', 'part', '第三部分', 3],
    ['十四、2021年度预算绩效情况说明', 'cn-comma', '十四、', 14],
    ['（十）承办市人社局交办的其他事项。', 'cn-paren', '（十）', 10],
    ['(二) 部门年度工作完成情况。', 'cn-paren', '(二)', 2],
    ['1.基本支出情况', 'arabic-dot', '1.', 1],
    ['12、参与人力资源社会保障系统', 'arabic-dot', '12、', 12],
    ['（3）时效指标。', 'arabic-paren', '（3）', 3],
    ['(1)、决算收入情况', 'arabic-paren', '(1)', 1],
    ['④是否与本年度部门预算资金相匹配', 'circled', '④', 4],
  ])('%s', (text, style, marker, ordinal) => {
    expect(detectNumbering(text)).toEqual({ style, marker, ordinal });
  });

  it.each(['1.5万元用于培训', '2022.1开始执行', '2021年度收、支总计', '一般公共预算'])('no numbering in %s', (text) => {
    expect(detectNumbering(text)).toBeNull();
  });
});
