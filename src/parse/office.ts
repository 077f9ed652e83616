import JSZip from 'jszip';
import type { Block, Diagnostic, Table } from '../model/index.js';
import { convertWithLibreOffice } from './convert/libreoffice.js';
import { parseDocx } from './docx/parse-docx.js';
import { type ParseLimits, type ParseOptions, zipBombCheck } from './limits.js';
import { parseXlsx } from './xlsx/parse-xlsx.js';

/** What an Office reader gives the document model. */
export interface OfficeContent {
  blocks: Block[];
  tables: Table[];
  declaredPages: number | null;
  diagnostics: Diagnostic[];
}

const fileDiag = (code: string, severity: Diagnostic['severity'], message: string, detail?: Record<string, unknown>): Diagnostic => ({
  code,
  severity,
  stage: 'parse',
  message,
  provenance: { kind: 'file' },
  ...(detail ? { detail } : {}),
});

const empty = (diagnostics: Diagnostic[]): OfficeContent => ({ blocks: [], tables: [], declaredPages: null, diagnostics });

/**
 * A Word (DOCX) or Excel (XLSX) document from its opened ZIP: the expansion caps first, then the
 * reader. A damaged part is `docx-corrupt` / `xlsx-corrupt`, never an exception.
 */
export async function readOoxml(kind: 'docx' | 'xlsx', zip: JSZip, bytes: Uint8Array, limits: ParseLimits): Promise<OfficeContent> {
  const bomb = zipBombCheck(zip, limits);
  if (bomb) return empty([bomb]);
  if (kind === 'xlsx') {
    try {
      const r = await parseXlsx(bytes);
      return { ...r, declaredPages: null };
    } catch (e) {
      // exceljs throws on damaged parts and malformed sheet XML: bad input, not our defect.
      return empty([fileDiag('xlsx-corrupt', 'error', `the Excel workbook is damaged: ${(e as Error).message}`)]);
    }
  }
  let r;
  try {
    r = await parseDocx(zip);
  } catch (e) {
    // mammoth and the XML reader throw on damaged parts: that is bad input, not our defect.
    return empty([fileDiag('docx-corrupt', 'error', `the Word document is damaged: ${(e as Error).message}`)]);
  }
  const diagnostics = [...r.diagnostics];
  if (r.blocks.length === 0 && r.tables.length === 0) diagnostics.push(fileDiag('no-content', 'warning', 'the document has no text and no tables'));
  return { blocks: r.blocks, tables: r.tables, declaredPages: r.declaredPages, diagnostics };
}

/**
 * A legacy Word or Excel file (DOC, WPS; XLS, ET): converted by LibreOffice into DOCX or XLSX and
 * read as that. The `converted` note records the converter, the time it took and the sha256 of the
 * bytes that were read; without LibreOffice the document is `converter-unavailable` (a warning: it
 * needs a person, or LibreOffice, to be read).
 */
export async function readLegacy(format: 'doc' | 'xls', bytes: Uint8Array, limits: ParseLimits, options: ParseOptions): Promise<OfficeContent> {
  const target = format === 'xls' ? 'xlsx' : 'docx';
  const conv = await convertWithLibreOffice(bytes, format, target, options.converter ?? {}, options.signal);
  if (!conv.ok) {
    const severity = conv.code === 'converter-unavailable' ? 'warning' : 'error';
    return empty([
      fileDiag(
        conv.code,
        severity,
        `${format === 'xls' ? 'an Excel 97–2003 (or WPS 表格) workbook' : 'a Word 97–2003 (or WPS 文字) document'}, read only through LibreOffice: ${conv.reason}`,
        { from: format, to: target, ms: conv.ms },
      ),
    ]);
  }
  const note = fileDiag(
    'converted',
    'info',
    `read through LibreOffice: converted to ${target.toUpperCase()} in ${conv.ms} ms (${conv.bytes.length} bytes, sha256 ${conv.sha256.slice(0, 16)}…); cell and paragraph positions are those of the converted file`,
    {
      from: format,
      to: target,
      converter: conv.command,
      ms: conv.ms,
      bytes: conv.bytes.length,
      sha256: conv.sha256,
    },
  );
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(conv.bytes);
  } catch (e) {
    return empty([note, fileDiag('conversion-failed', 'error', `LibreOffice wrote a ${target.toUpperCase()} that cannot be opened: ${(e as Error).message}`)]);
  }
  const r = await readOoxml(target, zip, conv.bytes, limits);
  return { ...r, diagnostics: [note, ...r.diagnostics] };
}
