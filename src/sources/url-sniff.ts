import { detectFormat } from './sniff/detect.js';

/**
 * Names of the entries of a ZIP as far as its local headers show them. The extension only needs
 * "is it Word or Excel", so a byte scan stands in for unzipping (a truncated ZIP still gets a name).
 */
function zipEntryHints(b: Uint8Array): string[] {
  const text = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
  const names: string[] = [];
  if (text.includes('word/document.xml')) names.push('word/document.xml');
  if (text.includes('xl/workbook.xml')) names.push('xl/workbook.xml');
  return names;
}

/** Media types a government site serves disclosures under, to a file extension (a fixed table: the server's text never reaches a file name). */
const BY_TYPE: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/x-pdf': 'pdf',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/msword': 'doc',
  'application/vnd.ms-excel': 'xls',
  'application/zip': 'zip',
  'application/x-zip-compressed': 'zip',
};

const BY_FORMAT: Record<string, string> = { pdf: 'pdf', docx: 'docx', xlsx: 'xlsx', xls: 'xls', doc: 'doc', html: 'html', zip: 'zip', rar: 'rar', '7z': '7z' };

/**
 * The extension a downloaded file is kept under: from its bytes first (a PDF served as
 * `application/octet-stream` is still a PDF), then from the Content-Type, else `bin`.
 * Always one of a fixed set of lowercase words.
 */
export function extensionFor(bytes: Uint8Array, contentType: string | null): string {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  const byType = BY_TYPE[mediaType];
  const format = detectFormat(bytes, zipEntryHints(bytes)).format;
  if (format === 'ole') return byType === 'xls' ? 'xls' : 'doc';
  return BY_FORMAT[format] ?? byType ?? 'bin';
}
