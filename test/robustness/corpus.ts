/**
 * The malformed corpus: every kind of broken file a nightly job meets, generated here from a seed
 * (nothing committed but this code). `corpus()` lists the cases; a case's bytes are made when asked
 * for (the 1,000-page PDF and the 10,000-row table once per run).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { makeDocx, wp, wtbl, wtc, wtr } from '../helpers/docx.js';
import { officeCases } from './corpus-office.js';
import { ROOT } from '../helpers/fixtures.js';
import { pdfObjects, SCAN_CONTENT, serialise, tablePage, text, writePdf } from './pdf-writer.js';

export interface Case {
  /** Unique, stable: `family/variant`. */
  id: string;
  /** The file name it is given (extension as a publisher would have named it). */
  name: string;
  bytes: () => Uint8Array | Promise<Uint8Array>;
  /** What the parse must say about it, when the case is about one thing. */
  expect?: { codes?: string[]; status?: 'ok' | 'needs-review' | 'failed' };
  /** The content is whole (only the name or the label is odd): findings on it are the document's own. */
  intact?: boolean;
  /** Options for parseDocument. */
  options?: Parameters<typeof import('../../src/parse/index.js').parseDocument>[1];
}

/** mulberry32: a small seeded PRNG, so every run makes the same corpus. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const randomBytes = (seed: number, n: number, prefix = ''): Uint8Array => {
  const r = prng(seed);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(r() * 256);
  out.set(Buffer.from(prefix, 'latin1').subarray(0, n));
  return out;
};

const once = <T>(f: () => T): (() => T) => {
  let v: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      v = f();
      done = true;
    }
    return v as T;
  };
};

const fixture = (rel: string) => once(() => new Uint8Array(readFileSync(path.join(ROOT, rel))));
const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));

/** GBK bytes for a string: Node decodes GBK but has no encoder, so the code table is read back from the decoder. */
let gbkTable: Map<string, number> | undefined;
export function encodeGbk(s: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const dec = new TextDecoder('gbk');
    for (let hi = 0x81; hi <= 0xfe; hi++)
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        if (lo === 0x7f) continue;
        const ch = dec.decode(new Uint8Array([hi, lo]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, (hi << 8) | lo);
      }
  }
  const out: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else {
      const code = gbkTable.get(ch);
      if (code === undefined) throw new Error(`no GBK code for ${ch}`);
      out.push(code >> 8, code & 255);
    }
  }
  return new Uint8Array(out);
}

/** A 收入决算表 whose figures add up (so that any error finding would be the reader's). */
const INCOME_ROWS = [
  ['合计', '', '1,387.53', '1,387.53'],
  ['208', '社会保障和就业支出', '1,387.53', '1,387.53'],
  ['20801', '人力资源和社会保障管理事务', '1,387.53', '1,387.53'],
  ['2080101', '行政运行', '1,246.25', '1,246.25'],
  ['2080107', '社会保险业务管理事务', '141.28', '141.28'],
];
const incomeHtml = (charset: string, extraCell = ''): string => `<!DOCTYPE html><html><head><meta charset="${charset}"><title>收入决算表</title></head><body>
<h2>某单位2021年度部门决算公开</h2><p>收入决算表</p><p>金额单位：万元</p>
<table border="1"><tr><td>科目编码</td><td>科目名称</td><td>本年收入合计</td><td>财政拨款收入</td></tr>
${INCOME_ROWS.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}${extraCell}
</table></body></html>`;

/** A ZIP written by hand: entries with the given (possibly lying) declared sizes; no CRC is checked by the reader first. */
function rawZip(entries: { name: string; data: Uint8Array; method: 0 | 8; declared: number }[]): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(0, 14); // crc32 (not computed: the reader is never asked to check it)
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.declared >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, Buffer.from(e.data));
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0800, 8);
    c.writeUInt16LE(e.method, 10);
    c.writeUInt32LE(0, 16);
    c.writeUInt32LE(e.data.length, 20);
    c.writeUInt32LE(e.declared >>> 0, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, cd, end]));
}

/** Raw deflate data that expands to `chunks` × 16 MiB of zeros, built from one flushed chunk repeated (never holding the expansion). */
const zerosChunk = once(() => deflateRawSync(Buffer.alloc(16 << 20), { level: 9, finishFlush: constants.Z_FULL_FLUSH }));
function zerosDeflate(chunks: number): Uint8Array {
  const chunk = zerosChunk();
  return new Uint8Array(Buffer.concat([...Array<Buffer>(chunks).fill(chunk), Buffer.from([0x03, 0x00])]));
}

const DOCX_PARTS = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  'word/_rels/document.xml.rels':
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
  'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${wp('收入决算表')}<w:sectPr/></w:body></w:document>`,
};
async function docxFrom(parts: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(parts)) zip.file(name, data);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
const without = (name: string): Record<string, string> => Object.fromEntries(Object.entries(DOCX_PARTS).filter(([k]) => k !== name));
const withDocument = (xml: string): Record<string, string> => ({ ...DOCX_PARTS, 'word/document.xml': xml });

const docxTable = (rows: number): string =>
  wp('收入决算表') +
  wtbl([
    wtr([wtc('科目编码'), wtc('科目名称'), wtc('金额')], { header: true }),
    ...Array.from({ length: rows }, (_, i) => wtr([wtc(String(2080100 + (i % 100))), wtc(`项目${i + 1}`), wtc(((i * 37) % 1000).toFixed(2))])),
  ]);

/** The base PDFs that get truncated and damaged. */
const basePdf = once(() => writePdf({ pages: [tablePage(1), tablePage(2), tablePage(3)] }));

export function corpus(): Case[] {
  const cases: Case[] = [];
  const add = (c: Case): void => {
    cases.push(c);
  };

  // ---- zero-byte files under every name
  for (const ext of ['pdf', 'docx', 'html', 'htm', 'doc', 'txt', ''])
    add({
      id: `empty/${ext || 'noext'}`,
      name: `empty${ext ? `.${ext}` : ''}`,
      bytes: () => new Uint8Array(0),
      expect: { codes: ['empty-file'], status: 'failed' },
    });

  // ---- random bytes named .pdf, .docx, .html (and random bytes behind each format's signature)
  const sizes = [1, 3, 17, 512, 4096, 65536];
  let seed = 1;
  for (const ext of ['pdf', 'docx', 'html'])
    for (const n of sizes) add({ id: `random/${ext}-${n}`, name: `random-${n}.${ext}`, bytes: () => randomBytes(seed++, n), expect: { status: 'failed' } });
  for (const n of [8, 100, 5000, 70000])
    add({ id: `random/pdf-header-${n}`, name: `random-header-${n}.pdf`, bytes: () => randomBytes(1000 + n, n, '%PDF-1.7\n'), expect: { status: 'failed' } });
  for (const n of [4, 30, 2000, 70000])
    add({ id: `random/zip-header-${n}`, name: `random-header-${n}.docx`, bytes: () => randomBytes(2000 + n, n, 'PK\x03\x04'), expect: { status: 'failed' } });
  for (const n of [6, 300, 20000])
    add({
      id: `random/ole-header-${n}`,
      name: `random-header-${n}.doc`,
      bytes: () => randomBytes(3000 + n, n, '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1'),
      expect: { status: 'failed' },
    });
  for (const n of [20, 3000, 60000])
    add({ id: `random/html-header-${n}`, name: `random-header-${n}.html`, bytes: () => randomBytes(4000 + n, n, '<html><body><table><tr><td>') });

  // ---- a generated PDF truncated at many offsets (every 1/48 of the file, plus the header and the tail)
  const base = basePdf();
  const cuts = new Set<number>([1, 5, 8, 9, 16, 64, base.length - 1, base.length - 6, base.length - 30]);
  for (let i = 1; i < 48; i++) cuts.add(Math.floor((base.length * i) / 48));
  for (const at of [...cuts].sort((a, b) => a - b))
    add({ id: `truncated/generated-${at}`, name: `truncated-${at}.pdf`, bytes: () => basePdf().subarray(0, at) });
  // ---- a real rendering (seed 004's PDF, a 决算 with every rule's tables) truncated at 24 offsets
  const seedPdf = fixture('fixtures/seeds/004_d487b3c520216221.pdf');
  for (let i = 1; i <= 24; i++)
    add({ id: `truncated/seed004-${i}of25`, name: `seed004-truncated-${i}.pdf`, bytes: () => seedPdf().subarray(0, Math.floor((seedPdf().length * i) / 25)) });
  // ---- seed 004's DOCX truncated, and with bytes overwritten
  const seedDocx = fixture('fixtures/seeds/004_d487b3c520216221.docx');
  for (let i = 1; i <= 8; i++)
    add({
      id: `truncated/seed004-docx-${i}of9`,
      name: `seed004-truncated-${i}.docx`,
      bytes: () => seedDocx().subarray(0, Math.floor((seedDocx().length * i) / 9)),
    });
  for (let i = 1; i <= 6; i++)
    add({
      id: `damaged/seed004-docx-${i}`,
      name: `seed004-damaged-${i}.docx`,
      bytes: () => {
        const b = seedDocx().slice();
        const r = prng(500 + i);
        const at = Math.floor((b.length * i) / 7);
        for (let k = 0; k < 64; k++) b[at + k] = Math.floor(r() * 256);
        return b;
      },
    });
  // ---- seed 004's PDF with a stretch of bytes overwritten (fonts, content streams, xref)
  for (let i = 1; i <= 8; i++)
    add({
      id: `damaged/seed004-pdf-${i}`,
      name: `seed004-damaged-${i}.pdf`,
      bytes: () => {
        const b = seedPdf().slice();
        const r = prng(700 + i);
        const at = Math.floor((b.length * i) / 9);
        for (let k = 0; k < 256; k++) b[at + k] = Math.floor(r() * 256);
        return b;
      },
    });

  // ---- encrypted PDFs
  add({
    id: 'encrypted/user-password-rc4',
    name: 'encrypted-user.pdf',
    bytes: () => writePdf({ pages: [tablePage(1)], encrypt: { user: 'secret', owner: 'owner' } }),
    expect: { codes: ['pdf-encrypted'], status: 'failed' },
  });
  add({
    id: 'encrypted/owner-only-rc4',
    name: 'encrypted-owner-only.pdf',
    bytes: () => writePdf({ pages: [tablePage(1)], encrypt: { user: '', owner: 'owner' } }),
  });
  add({
    id: 'encrypted/user-password-aes256',
    name: 'encrypted-aes.pdf',
    bytes: fixture('fixtures/odd/encrypted.pdf'),
    expect: { codes: ['pdf-encrypted'], status: 'failed' },
  });

  // ---- broken cross-reference tables (pdfjs rebuilds them by scanning for objects)
  const { objects } = pdfObjects({ pages: [tablePage(1), tablePage(2)] });
  const xrefVariants: Record<string, Parameters<typeof serialise>[2]> = {
    'offsets-shifted': { offsets: (o) => o.map((x) => x + 7) },
    'offsets-zero': { offsets: (o) => o.map(() => 0) },
    'offsets-past-eof': { offsets: (o) => o.map((x) => x * 1000) },
    'startxref-wrong': { tail: (_at, xref, trailer) => `${xref}${trailer}startxref\n12\n%%EOF\n` },
    'startxref-past-eof': { tail: (_at, xref, trailer) => `${xref}${trailer}startxref\n99999999\n%%EOF\n` },
    'no-xref': { tail: (at, _xref, trailer) => `${trailer}startxref\n${at}\n%%EOF\n` },
    'no-trailer': { tail: (at, xref) => `${xref}startxref\n${at}\n%%EOF\n` },
    'no-tail': { tail: () => '' },
    'xref-garbage': { tail: (at, xref, trailer) => `${xref.replace(/\d{10} 00000 n/g, 'zzzzzzzzzz zzzzz n')}${trailer}startxref\n${at}\n%%EOF\n` },
  };
  for (const [v, mangle] of Object.entries(xrefVariants)) add({ id: `xref/${v}`, name: `xref-${v}.pdf`, bytes: () => serialise(objects, '', mangle) });

  // ---- structurally odd PDFs
  const one =
    (content: string, extra: Partial<Parameters<typeof writePdf>[0]> = {}) =>
    () =>
      writePdf({ pages: [content], ...extra });
  add({ id: 'pdf/header-only', name: 'header-only.pdf', bytes: () => utf8('%PDF-1.7\n'), expect: { status: 'failed' } });
  add({
    id: 'pdf/leading-junk',
    name: 'leading-junk.pdf',
    bytes: () => new Uint8Array(Buffer.concat([Buffer.from(randomBytes(9, 600).map((b) => (b === 0x25 ? 0x20 : b))), Buffer.from(basePdf())])),
  });
  add({ id: 'pdf/no-pages', name: 'no-pages.pdf', bytes: () => writePdf({ pages: [] }) });
  add({ id: 'pdf/empty-page', name: 'empty-page.pdf', bytes: one('') });
  add({ id: 'pdf/garbage-content', name: 'garbage-content.pdf', bytes: one(Buffer.from(randomBytes(77, 4000)).toString('latin1')) });
  add({
    id: 'pdf/bad-operators',
    name: 'bad-operators.pdf',
    bytes: one('BT /F9 12 Tf (x) Tj ET 1 2 3 re f Q Q Q q q zz yy 0 0 m 1e400 1 l S /Im9 Do ] >> (unclosed'),
  });
  add({ id: 'pdf/deep-q-nesting', name: 'deep-q.pdf', bytes: one(`${'q '.repeat(1500)}${text(50, 50, '收入决算表')}${'Q '.repeat(1500)}`) });
  add({
    id: 'pdf/many-text-items',
    name: 'many-items.pdf',
    bytes: one(Array.from({ length: 6000 }, (_, i) => text(20 + (i % 60) * 9, 20 + Math.floor(i / 60) * 8, String(i % 10), 6)).join('')),
  });
  add({ id: 'pdf/huge-mediabox', name: 'huge-mediabox.pdf', bytes: one(tablePage(1), { mediaBox: '[0 0 14400000 14400000]' }) });
  add({ id: 'pdf/zero-mediabox', name: 'zero-mediabox.pdf', bytes: one(tablePage(1), { mediaBox: '[0 0 0 0]' }) });
  add({ id: 'pdf/negative-mediabox', name: 'negative-mediabox.pdf', bytes: one(tablePage(1), { mediaBox: '[595 842 0 0]' }) });
  add({ id: 'pdf/rotated-odd', name: 'rotated-odd.pdf', bytes: one(tablePage(1), { pageExtra: '/Rotate 45' }) });
  add({
    id: 'pdf/count-lies-high',
    name: 'count-lies.pdf',
    bytes: () => {
      const { objects: o } = pdfObjects({ pages: [tablePage(1)] });
      o[1] = o[1]!.replace('/Count 1', '/Count 40');
      return serialise(o);
    },
  });
  add({
    id: 'pdf/count-lies-huge',
    name: 'count-huge.pdf',
    bytes: () => {
      const { objects: o } = pdfObjects({ pages: [tablePage(1)] });
      o[1] = o[1]!.replace('/Count 1', '/Count 2000000000');
      return serialise(o);
    },
  });
  add({
    id: 'pdf/pages-cycle',
    name: 'pages-cycle.pdf',
    bytes: () => {
      const { objects: o } = pdfObjects({ pages: [tablePage(1)] });
      o[1] = '<< /Type /Pages /Kids [2 0 R 9 0 R] /Count 2 >>';
      return serialise(o);
    },
  });
  add({
    id: 'pdf/corrupt-flate',
    name: 'corrupt-flate.pdf',
    bytes: () => {
      const { objects: o } = pdfObjects({ pages: [tablePage(1)] });
      o[9] = `<< /Filter /FlateDecode /Length 200 >>\nstream\n${Buffer.from(randomBytes(31, 200)).toString('latin1')}\nendstream`;
      return serialise(o);
    },
  });
  add({
    id: 'pdf/length-lies',
    name: 'length-lies.pdf',
    bytes: () => {
      const { objects: o } = pdfObjects({ pages: [tablePage(1)] });
      o[9] = o[9]!.replace(/\/Length \d+/, '/Length 99999999');
      return serialise(o);
    },
  });
  add({
    id: 'pdf/missing-font',
    name: 'missing-font.pdf',
    bytes: () => {
      const { objects: o } = pdfObjects({ pages: [tablePage(1)] });
      o[2] = '<< /Font << /F1 404 0 R /F2 405 0 R >> >>';
      return serialise(o);
    },
  });

  // ---- image-only (scanned) pages; with OCR asked for through a command that does not exist. Nothing
  // read is unreadable (`failed`); a scan among pages of text is read in part (`needs-review`).
  add({ id: 'scan/one-page', name: 'scan-1.pdf', bytes: one(SCAN_CONTENT), expect: { codes: ['needs-ocr'], status: 'failed' } });
  add({
    id: 'scan/five-pages',
    name: 'scan-5.pdf',
    bytes: () => writePdf({ pages: Array<string>(5).fill(SCAN_CONTENT) }),
    expect: { codes: ['needs-ocr'], status: 'failed' },
  });
  add({
    id: 'scan/mixed',
    name: 'scan-mixed.pdf',
    bytes: () => writePdf({ pages: [tablePage(1), SCAN_CONTENT, tablePage(3)] }),
    expect: { codes: ['needs-ocr'], status: 'needs-review' },
  });
  add({
    id: 'scan/real-page',
    name: 'scanned-page.pdf',
    bytes: fixture('fixtures/scanned/scanned-page.pdf'),
    expect: { codes: ['needs-ocr'], status: 'failed' },
  });
  add({
    id: 'scan/ocr-unavailable',
    name: 'scan-ocr.pdf',
    bytes: one(SCAN_CONTENT),
    options: { ocr: { command: '/nonexistent/gongkai-tesseract' } },
    expect: { codes: ['needs-ocr', 'ocr-unavailable'], status: 'failed' },
  });

  // ---- limits
  add({
    id: 'limits/too-large',
    name: 'too-large.pdf',
    bytes: basePdf,
    options: { limits: { maxBytes: 1000 } },
    expect: { codes: ['too-large'], status: 'failed' },
  });
  add({
    id: 'limits/too-many-pages',
    name: 'too-many-pages.pdf',
    bytes: basePdf,
    options: { limits: { maxPages: 2 } },
    expect: { codes: ['too-many-pages'], status: 'failed' },
  });
  add({
    id: 'limits/aborted',
    name: 'aborted.pdf',
    bytes: basePdf,
    options: { signal: AbortSignal.abort(new Error('time limit')) },
    expect: { codes: ['parse-aborted'], status: 'failed' },
  });
  // ---- a generated 1,000-page PDF (made once)
  const thousand = once(() => writePdf({ pages: Array.from({ length: 1000 }, (_, i) => (i % 50 === 49 ? SCAN_CONTENT : tablePage(i + 1, 4))) }));
  add({ id: 'big/pdf-1000-pages', name: 'thousand.pdf', bytes: thousand, expect: { codes: ['needs-ocr'], status: 'needs-review' } });
  add({
    id: 'big/pdf-1000-pages-capped',
    name: 'thousand-capped.pdf',
    bytes: thousand,
    options: { limits: { maxPages: 500 } },
    expect: { codes: ['too-many-pages'], status: 'failed' },
  });

  // ---- DOCX: not a zip, a zip without Word parts, missing and broken parts
  add({ id: 'docx/text-named-docx', name: 'not-a-zip.docx', bytes: () => utf8('这不是一个Word文件 this is not a zip'), expect: { status: 'failed' } });
  // A plain ZIP is a bundle whatever its name: its members are read as documents of their own.
  add({
    id: 'docx/zip-without-word',
    name: 'plain-zip.docx',
    bytes: () => docxFrom({ 'readme.txt': 'hello' }),
    expect: { codes: ['extension-mismatch', 'bundle'], status: 'ok' },
  });
  add({
    id: 'docx/empty-zip',
    name: 'empty-zip.docx',
    bytes: () => new Uint8Array(Buffer.from('504b0506000000000000000000000000000000000000', 'hex')),
    expect: { status: 'failed' },
  });
  for (const part of Object.keys(DOCX_PARTS))
    add({
      id: `docx/missing-${part.replace(/[^a-z]+/gi, '-')}`,
      name: `missing-part-${part.replace(/[^a-z]+/gi, '-')}.docx`,
      bytes: () => docxFrom(without(part)),
    });
  const docXml = (body: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  const brokenXml: Record<string, string> = {
    'empty-document-xml': '',
    'not-xml': '这不是XML <<<>>> &&&',
    'truncated-xml': docXml(docxTable(5)).slice(0, 900),
    'unclosed-table': docXml(`${wp('收入决算表')}<w:tbl><w:tr><w:tc>${wp('1')}</w:tc>`),
    'stray-close-table': docXml(`</w:tbl>${wp('收入决算表')}</w:tbl></w:tr>`),
    'no-namespace': '<document><body><p>hello</p></body></document>',
    'entity-expansion': `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>${docXml(`<w:p><w:r><w:t>&d;&d;&d;&d;</w:t></w:r></w:p>`).replace(/^<\?xml[^>]*>/, '')}`,
    'huge-spans': docXml(
      wtbl(Array.from({ length: 50 }, () => wtr([`<w:tc><w:tcPr><w:gridSpan w:val="2000000000"/></w:tcPr>${wp('x')}</w:tc>`], { gridBefore: 2000000000 }))),
    ),
    'deep-nested-tables': docXml(`${'<w:tbl><w:tr><w:tc>'.repeat(300)}${wp('深')}${'</w:tc></w:tr></w:tbl>'.repeat(300)}`),
    'binary-in-text': docXml(
      `<w:p><w:r><w:t>${Buffer.from(randomBytes(5, 300).map((b) => (b < 32 || b === 60 || b === 38 ? 65 : b))).toString('latin1')}</w:t></w:r></w:p>`,
    ),
  };
  for (const [v, xml] of Object.entries(brokenXml)) add({ id: `docx/${v}`, name: `${v}.docx`, bytes: () => docxFrom(withDocument(xml)) });
  add({ id: 'docx/styles-not-xml', name: 'styles-not-xml.docx', bytes: () => docxFrom({ ...DOCX_PARTS, 'word/styles.xml': '<<<not xml' }) });
  add({ id: 'docx/media-random', name: 'media-random.docx', bytes: () => docxFrom({ ...DOCX_PARTS, 'word/media/image1.png': randomBytes(8, 5000) }) });

  // ---- zip bombs: tiny files that expand to 1 GiB, honest and lying about it
  const bomb = once(() => zerosDeflate(64)); // 1 GiB of zeros in about 1 MB
  const docParts = () =>
    Object.entries(DOCX_PARTS).map(([name, s]) => ({ name, data: new Uint8Array(Buffer.from(s)), method: 0 as const, declared: Buffer.byteLength(s) }));
  add({
    id: 'zipbomb/document-xml-honest',
    name: 'bomb-honest.docx',
    bytes: () =>
      rawZip([...docParts().filter((e) => e.name !== 'word/document.xml'), { name: 'word/document.xml', data: bomb(), method: 8, declared: 0xfffffff0 }]),
    expect: { codes: ['zip-bomb'], status: 'failed' },
  });
  add({
    id: 'zipbomb/document-xml-lying',
    name: 'bomb-lying.docx',
    bytes: () => rawZip([...docParts().filter((e) => e.name !== 'word/document.xml'), { name: 'word/document.xml', data: bomb(), method: 8, declared: 4096 }]),
    expect: { codes: ['zip-bomb'], status: 'failed' },
  });
  add({
    id: 'zipbomb/media-lying',
    name: 'bomb-media.docx',
    bytes: () => rawZip([...docParts(), { name: 'word/media/image1.png', data: bomb(), method: 8, declared: 100 }]),
    expect: { codes: ['zip-bomb'], status: 'failed' },
  });
  add({
    id: 'zipbomb/many-entries',
    name: 'bomb-many.docx',
    bytes: () =>
      rawZip([
        ...docParts(),
        ...Array.from({ length: 200 }, (_, i) => ({ name: `word/media/p${i}.bin`, data: zerosDeflate(0), method: 8 as const, declared: 8 << 20 })),
      ]),
    expect: { codes: ['zip-bomb'], status: 'failed' },
  });
  add({
    id: 'zipbomb/ratio-under-limit',
    name: 'bomb-small.docx',
    bytes: () => rawZip([...docParts(), { name: 'word/media/zeros.bin', data: zerosDeflate(1), method: 8, declared: 16 << 20 }]),
    options: { limits: { maxZipRatio: 100 } },
    expect: { codes: ['zip-bomb'], status: 'failed' },
  });

  // ---- DOCX that are fine but large: a 10,000-row table
  const docx10k = once(() => makeDocx(docxTable(10_000)));
  add({ id: 'big/docx-10000-rows', name: 'rows-10000.docx', bytes: docx10k });

  // ---- HTML
  add({ id: 'html/gbk-labelled-utf8', name: 'gbk-as-utf8.html', bytes: () => encodeGbk(incomeHtml('utf-8')), expect: { codes: ['encoding-mismatch'] } });
  add({ id: 'html/gbk-unlabelled', name: 'gbk-unlabelled.html', bytes: () => encodeGbk(incomeHtml('').replace('<meta charset="">', '')) });
  add({ id: 'html/gbk-labelled-gbk', name: 'gbk-labelled.html', bytes: () => encodeGbk(incomeHtml('gbk')) });
  add({ id: 'html/utf8-labelled-gbk', name: 'utf8-as-gbk.html', bytes: () => utf8(incomeHtml('gbk')) });
  add({
    id: 'html/invalid-utf8',
    name: 'invalid-utf8.html',
    bytes: () =>
      new Uint8Array(
        Buffer.concat([
          Buffer.from(incomeHtml('utf-8').slice(0, 200)),
          Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1]),
          Buffer.from(incomeHtml('utf-8').slice(200)),
        ]),
      ),
  });
  add({
    id: 'html/utf16le-bom',
    name: 'utf16.html',
    bytes: () => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(incomeHtml('utf-16'), 'utf16le')])),
  });
  add({
    id: 'html/script-in-cell',
    name: 'script-cell.html',
    bytes: () =>
      utf8(
        incomeHtml(
          'utf-8',
          '<tr><td><script>globalThis.__gongkaiPwned = 1</script>2080102</td><td>&lt;script&gt;alert(1)&lt;/script&gt;一般行政管理事务</td><td><img src=x onerror="globalThis.__gongkaiPwned=2">0.00</td><td><style>td{}</style>0.00</td></tr>',
        ),
      ),
  });
  add({
    id: 'html/script-only',
    name: 'script-only.html',
    bytes: () => utf8('<html><body><script>while(true){}</script></body></html>'),
    expect: { codes: ['no-content'] },
  });
  add({ id: 'html/nul-bytes', name: 'nul.html', bytes: () => utf8(incomeHtml('utf-8').replace(/<td>/g, '<td>\u0000')) });
  add({ id: 'html/unclosed', name: 'unclosed.html', bytes: () => utf8('<html><body><table><tr><td>收入<td>1,000.00<tr><td>支出<td>2,000<table><tr><td>') });
  add({ id: 'html/deep-nesting', name: 'deep.html', bytes: () => utf8(`<html><body>${'<div>'.repeat(20000)}深${'</div>'.repeat(20000)}</body></html>`) });
  add({
    id: 'html/deep-nested-tables',
    name: 'deep-tables.html',
    bytes: () => utf8(`<html><body>${'<table><tr><td>'.repeat(500)}深${'</td></tr></table>'.repeat(500)}</body></html>`),
  });
  add({
    id: 'html/huge-spans',
    name: 'huge-spans.html',
    bytes: () =>
      utf8(
        `<html><body><table>${Array.from({ length: 200 }, (_, i) => `<tr><td rowspan="999999999" colspan="999999999">${i}</td><td data-gk-skip-before="1000000000">x</td></tr>`).join('')}</table></body></html>`,
      ),
  });
  add({ id: 'html/comments-only', name: 'comments.html', bytes: () => utf8('<!-- nothing --><html><!-- here --></html>'), expect: { codes: ['no-content'] } });
  add({ id: 'html/long-text-node', name: 'long-text.html', bytes: () => utf8(`<html><body><p>${'收入'.repeat(400_000)}</p></body></html>`) });
  add({
    id: 'html/many-attributes',
    name: 'attrs.html',
    bytes: () => utf8(`<html><body><table><tr><td ${Array.from({ length: 5000 }, (_, i) => `a${i}="${i}"`).join(' ')}>1</td></tr></table></body></html>`),
  });
  const html10k = once(() =>
    utf8(
      `<html><head><meta charset="utf-8"></head><body><p>收入决算表</p><table border="1"><tr><th>科目编码</th><th>科目名称</th><th>金额</th></tr>${Array.from({ length: 10_000 }, (_, i) => `<tr><td>${2080100 + (i % 100)}</td><td>项目${i + 1}</td><td>${((i * 37) % 1000).toFixed(2)}</td></tr>`).join('')}</table></body></html>`,
    ),
  );
  add({ id: 'big/html-10000-rows', name: 'rows-10000.html', bytes: html10k });

  // ---- formats named as others, and formats not read
  add({
    id: 'named/docx-as-pdf',
    name: 'docx-named-pdf.pdf',
    bytes: fixture('fixtures/odd/docx-named-pdf.pdf'),
    intact: true,
    expect: { codes: ['extension-mismatch'] },
  });
  add({ id: 'named/pdf-as-html', name: 'pdf.html', bytes: basePdf, expect: { codes: ['extension-mismatch'] } });
  add({ id: 'named/html-as-docx', name: 'html.docx', bytes: () => utf8(incomeHtml('utf-8')), expect: { codes: ['extension-mismatch'] } });

  // ---- spreadsheets, legacy Office files, archives and bundles
  for (const c of officeCases({ once, fixture, randomBytes, zerosDeflate, rawZip })) add(c);
  return cases;
}

/**
 * Broken files the reader reads whole all the same, so that `read` is the true status for them: a
 * cross-reference table, page count or stream length the reader rebuilds or ignores, odd page
 * boxes and operators, owner-only encryption (no password needed to read), bytes overwritten where
 * no text is (seed 004's PDF gives the same records), the file cut after its %%EOF, a DOCX missing
 * only its package parts, an HTML page in a mislabelled encoding the reader decodes, files only
 * misnamed; large files within the limits. And garbage that is text (binary bytes in a DOCX run, a NUL, a page of one character):
 * nothing says a part was lost, but no part is recognised either, so no rule applies and `check`
 * says nothing was checked. Every other case not `intact` must be read in part or unreadable.
 */
export const READ_WHOLE: ReadonlySet<string> = new Set([
  // cut one byte short: only the newline after %%EOF
  `truncated/generated-${basePdf().length - 1}`,
  ...[1, 2, 3, 4, 5, 6, 8].map((i) => `damaged/seed004-pdf-${i}`),
  'encrypted/owner-only-rc4',
  ...['offsets-shifted', 'offsets-zero', 'offsets-past-eof', 'startxref-wrong', 'startxref-past-eof', 'no-xref', 'xref-garbage'].map((v) => `xref/${v}`),
  ...[
    'leading-junk',
    'bad-operators',
    'deep-q-nesting',
    'many-text-items',
    'huge-mediabox',
    'zero-mediabox',
    'negative-mediabox',
    'rotated-odd',
    'count-lies-high',
    'count-lies-huge',
    'length-lies',
  ].map((v) => `pdf/${v}`),
  ...[
    'missing--Content-Types-xml',
    'missing--rels-rels',
    'missing-word-rels-document-xml-rels',
    'stray-close-table',
    'huge-spans',
    'binary-in-text',
    'media-random',
  ].map((v) => `docx/${v}`),
  ...[
    'gbk-labelled-utf8',
    'gbk-unlabelled',
    'gbk-labelled-gbk',
    'utf8-labelled-gbk',
    'utf16le-bom',
    'script-in-cell',
    'nul-bytes',
    'unclosed',
    'long-text-node',
    'many-attributes',
  ].map((v) => `html/${v}`),
  'random/html-header-20',
  'named/pdf-as-html',
  'named/html-as-docx',
  // large, not broken
  'big/docx-10000-rows',
  'big/html-10000-rows',
  'big/xlsx-100000-rows',
  // a workbook whose every sheet, row and column is hidden: all of it is read (the hiding is a warning)
  'xlsx/hidden-everything',
  // ZIP bundles, read when their members are listed (each member is a document of its own, read or not on its own row)
  'docx/zip-without-word',
  'bundle/nested-6-deep',
  'bundle/release-gbk',
]);
