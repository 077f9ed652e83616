import type { Format } from '../../model/index.js';
import { oleStreams } from './ole-streams.js';

/** Why the bytes were taken for the format they were. */
export interface Detection {
  readonly format: Format;
  readonly reason: string;
}

const startsWith = (b: Uint8Array, sig: number[], at = 0): boolean => sig.every((v, i) => b[at + i] === v);

/** Index of `%PDF-` within the first 1 KiB (PDF readers tolerate leading junk there). */
export function pdfHeaderOffset(b: Uint8Array): number {
  const limit = Math.min(b.length - 5, 1024);
  for (let i = 0; i <= limit; i++) {
    if (b[i] === 0x25 && b[i + 1] === 0x50 && b[i + 2] === 0x44 && b[i + 3] === 0x46 && b[i + 4] === 0x2d) return i;
  }
  return -1;
}

const HTML_START = /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body|meta|title|table|div|p|h[1-6]|span|font|center|style|script)\b/i;

/** Looks at the first bytes as ASCII-compatible text (UTF-8, GBK, …) or UTF-16 for HTML markers. */
function looksLikeHtml(b: Uint8Array): boolean {
  let head: string;
  if (startsWith(b, [0xff, 0xfe])) head = new TextDecoder('utf-16le').decode(b.subarray(2, 8194));
  else if (startsWith(b, [0xfe, 0xff])) head = new TextDecoder('utf-16be').decode(b.subarray(2, 8194));
  else head = Buffer.from(b.subarray(startsWith(b, [0xef, 0xbb, 0xbf]) ? 3 : 0, 8192)).toString('latin1');
  if (HTML_START.test(head)) return true;
  // A page saved with some preamble (an XML declaration, stray text) still has its <html> or <table> early on.
  return /<html[\s>]/i.test(head) || (/<table[\s>]/i.test(head) && /<\/t[dr]>/i.test(head));
}

/**
 * Decides the format from the bytes alone: PDF by its header, ZIP containers by their entries
 * (the caller passes the entry names for ZIPs), OLE2 compound files by their streams, RAR and 7z
 * archives by their signatures, HTML by its markup.
 */
export function detectFormat(b: Uint8Array, zipEntries?: readonly string[]): Detection {
  if (b.length === 0) return { format: 'empty', reason: 'the file has no bytes' };
  const pdfAt = pdfHeaderOffset(b);
  if (pdfAt >= 0) return { format: 'pdf', reason: `%PDF- header at byte ${pdfAt}` };
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06])) {
    const names = zipEntries ?? [];
    if (names.includes('word/document.xml')) return { format: 'docx', reason: 'ZIP with word/document.xml' };
    if (names.includes('xl/workbook.xml')) return { format: 'xlsx', reason: 'ZIP with xl/workbook.xml' };
    return { format: 'zip', reason: 'ZIP archive that is not a Word or Excel document' };
  }
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    const ole = oleStreams(b);
    if (!ole.ok) return { format: 'ole', reason: `OLE2 compound file whose directory cannot be read (${ole.reason})` };
    if (ole.kind === 'xls') return { format: 'xls', reason: 'OLE2 compound file with a Workbook stream (Excel 97–2003, WPS 表格)' };
    if (ole.kind === 'doc') return { format: 'doc', reason: 'OLE2 compound file with a WordDocument stream (Word 97–2003, WPS 文字)' };
    if (ole.kind === 'encrypted') return { format: 'ole', reason: 'OLE2 compound file with an EncryptedPackage stream (a password-protected Office file)' };
    return { format: 'ole', reason: `OLE2 compound file that is neither Word nor Excel (streams: ${ole.streams.slice(0, 8).join(', ')})` };
  }
  if (startsWith(b, [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07])) return { format: 'rar', reason: 'RAR archive (Rar! signature)' };
  if (startsWith(b, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return { format: '7z', reason: '7-Zip archive (7z signature)' };
  if (looksLikeHtml(b)) return { format: 'html', reason: 'HTML markup at the start of the file' };
  return { format: 'unknown', reason: 'no PDF, ZIP, OLE2 or HTML signature' };
}

/** The format a file name suggests, for the `extension-mismatch` diagnostic only. */
export function formatFromName(name: string): Format | null {
  const ext = /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(name)?.[1]?.toLowerCase();
  switch (ext) {
    case 'pdf':
      return 'pdf';
    case 'docx':
      return 'docx';
    case 'html':
    case 'htm':
    case 'shtml':
    case 'xhtml':
      return 'html';
    case 'xlsx':
      return 'xlsx';
    case 'doc':
    case 'wps':
      return 'doc';
    case 'xls':
    case 'et':
      return 'xls';
    case 'zip':
      return 'zip';
    case 'rar':
      return 'rar';
    case '7z':
      return '7z';
    default:
      return null;
  }
}
