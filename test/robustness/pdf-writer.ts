/**
 * PDFs written by hand for the robustness corpus: every byte is decided here, so that a broken
 * variant is broken exactly where it says. Text is Chinese in the non-embedded STSong-Light
 * (Adobe-GB1, UniGB-UCS2-H: pdfjs decodes it with its bundled CMaps), numbers in Helvetica.
 */
import { createHash } from 'node:crypto';

/** A stream object; `data` is latin1 (one char a byte). */
export const stream = (dict: string, data: string): string => `<< ${dict} /Length ${data.length} >>\nstream\n${data}\nendstream`;

/** UCS-2 BE hex string for UniGB-UCS2-H. */
const ucs2 = (s: string): string => `<${[...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}>`;
/** A PDF literal string (ASCII). */
const lit = (s: string): string => `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`;
const isAscii = (s: string): boolean => /^[\x20-\x7e]*$/.test(s);

/** Text at (x, y) from the page's top-left (the writer flips y). */
export const text = (x: number, yTop: number, s: string, size = 10, pageHeight = 842): string =>
  `BT /${isAscii(s) ? 'F1' : 'F2'} ${size} Tf 1 0 0 1 ${x} ${pageHeight - yTop} Tm ${isAscii(s) ? lit(s) : ucs2(s)} Tj ET\n`;

/** A ruled grid: column x positions and row y positions (top-left origin), every line stroked. */
export function ruledTable(xs: number[], ys: number[], cells: string[][], pageHeight = 842): string {
  let out = '0.5 w 0 G\n';
  for (const y of ys) out += `${xs[0]} ${pageHeight - y} m ${xs.at(-1)} ${pageHeight - y} l S\n`;
  for (const x of xs) out += `${x} ${pageHeight - ys[0]!} m ${x} ${pageHeight - ys.at(-1)!} l S\n`;
  cells.forEach((row, r) =>
    row.forEach((c, k) => {
      if (!c) return;
      const right = /^[\d,.-]+$/.test(c);
      const x = right ? xs[k + 1]! - 4 - c.length * 5 : xs[k]! + 4;
      out += text(x, ys[r]! + (ys[r + 1]! - ys[r]!) / 2 + 4, c, 9, pageHeight);
    }),
  );
  return out;
}

/** A page of a generated 项目支出明细表: title, unit note, a ruled table whose 合计 row adds up, page number. */
export function tablePage(n: number, rows = 12): string {
  const cells: string[][] = [['序号', '项目名称', '金额']];
  let sum = 0;
  for (let i = 1; i <= rows; i++) {
    const cents = ((n * 7919 + i * 104729) % 900000) + 10000;
    sum += cents;
    cells.push([String(i), `第${n}页项目${i}`, (cents / 100).toFixed(2)]);
  }
  cells.push(['', '合计', (sum / 100).toFixed(2)]);
  const ys = cells.map((_, i) => 120 + i * 20);
  ys.push(120 + cells.length * 20);
  return (
    text(220, 60, `项目支出明细表（第${n}页）`, 14) +
    text(440, 100, '单位：万元', 9) +
    ruledTable([60, 120, 400, 530], ys, cells) +
    text(290, 800, `- ${n} -`, 9)
  );
}

/** A page that is nothing but a picture (an 8×8 gray image stretched over the page): a scan. */
export const SCAN_CONTENT = 'q 595 0 0 842 0 0 cm /Im0 Do Q\n';

export interface PdfSpec {
  /** Content stream of each page. */
  pages: string[];
  /** Extra entries for every page dictionary. */
  pageExtra?: string;
  mediaBox?: string;
  /** Encrypt with the standard security handler (RC4 40-bit, R2); `user` '' opens without a password. */
  encrypt?: { user: string; owner: string };
  /**
   * More objects, numbered after the pages' (the first is `first`), and the entries they add to the
   * shared resource dictionary's /Font and /XObject (`/F3 21 0 R …`).
   */
  extra?: (first: number) => { objects: string[]; fonts?: string; xobjects?: string };
}

const PAD = Buffer.from('28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A', 'hex');
const md5 = (...parts: Buffer[]): Buffer => createHash('md5').update(Buffer.concat(parts)).digest();
const padded = (pw: string): Buffer => Buffer.concat([Buffer.from(pw, 'latin1'), PAD]).subarray(0, 32);
function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

/** Objects and the body; objects are numbered from 1 in order. Returns the file as latin1 text parts. */
export function pdfObjects(spec: PdfSpec): { objects: string[]; trailerExtra: string } {
  const n = spec.pages.length;
  const mediaBox = spec.mediaBox ?? '[0 0 595 842]';
  // 1 catalog, 2 pages, 3 resources, 4 F1, 5 F2, 6 descendant, 7 descriptor, 8 image, then page i at 9+2i, its content at 10+2i.
  const kids = Array.from({ length: n }, (_, i) => `${9 + 2 * i} 0 R`).join(' ');
  const extra = spec.extra?.(9 + 2 * n);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${n} >>`,
    `<< /Font << /F1 4 0 R /F2 5 0 R ${extra?.fonts ?? ''} >> /XObject << /Im0 8 0 R ${extra?.xobjects ?? ''} >> >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
    stream(
      '/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8',
      Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 37) % 256)).toString('latin1'),
    ),
  ];
  spec.pages.forEach((content, i) => {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox ${mediaBox} /Resources 3 0 R /Contents ${10 + 2 * i} 0 R ${spec.pageExtra ?? ''} >>`);
    objects.push(stream('', content));
  });
  objects.push(...(extra?.objects ?? []));
  let trailerExtra = '';
  if (spec.encrypt) {
    const id = md5(Buffer.from(`gongkai-robustness-${n}`));
    const o = rc4(md5(padded(spec.encrypt.owner)).subarray(0, 5), padded(spec.encrypt.user));
    const p = Buffer.alloc(4);
    p.writeInt32LE(-44);
    const key = md5(padded(spec.encrypt.user), o, p, id).subarray(0, 5);
    const u = rc4(key, PAD);
    // Encrypt every stream and every literal string with its object's key.
    for (let k = 0; k < objects.length; k++) {
      const num = k + 1;
      const objKey = md5(key, Buffer.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, 0, 0])).subarray(0, 10);
      const m = /^(<<[\s\S]*?\/Length )(\d+)( >>\nstream\n)([\s\S]*)(\nendstream)$/.exec(objects[k]!);
      if (!m) {
        objects[k] = objects[k]!.replace(/\(([A-Za-z0-9]*)\)/g, (_w, str: string) => `<${rc4(objKey, Buffer.from(str, 'latin1')).toString('hex')}>`);
        continue;
      }
      const enc = rc4(objKey, Buffer.from(m[4]!, 'latin1')).toString('latin1');
      objects[k] = `${m[1]}${enc.length}${m[3]}${enc}${m[5]}`;
    }
    objects.push(`<< /Filter /Standard /V 1 /R 2 /O <${o.toString('hex')}> /U <${u.toString('hex')}> /P -44 >>`);
    trailerExtra = `/Encrypt ${objects.length} 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>]`;
  }
  return { objects, trailerExtra };
}

/** Serialises objects with a correct xref table; `mangle` may rewrite the offsets or the tail. */
export function serialise(
  objects: string[],
  trailerExtra = '',
  mangle: { offsets?: (o: number[]) => number[]; tail?: (xrefAt: number, xref: string, trailer: string) => string } = {},
): Uint8Array {
  let out = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefAt = out.length;
  const offs = mangle.offsets ? mangle.offsets(offsets) : offsets;
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offs.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const trailer = `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra} >>\n`;
  out += mangle.tail ? mangle.tail(xrefAt, xref, trailer) : `${xref}${trailer}startxref\n${xrefAt}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

export const writePdf = (spec: PdfSpec): Uint8Array => {
  const { objects, trailerExtra } = pdfObjects(spec);
  return serialise(objects, trailerExtra);
};
