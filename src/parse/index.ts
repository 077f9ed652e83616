import JSZip from 'jszip';
import { type Diagnostic, type DocModel, DocModel as DocModelSchema, type Format } from '../model/index.js';
import type { SourceBytes } from '../sources/file.js';
import { detectFormat, formatFromName } from './detect.js';
import { parseDocx } from './docx/parse-docx.js';
import { parseHtml } from './html/parse-html.js';
import { type ParseOptions, resolveLimits, sizeCheck, zipBombCheck } from './limits.js';
import { parsePdf } from './pdf/parse-pdf.js';

export { DEFAULT_LIMITS, type OcrOptions, type ParseLimits, type ParseOptions } from './limits.js';

const fileDiag = (code: string, severity: Diagnostic['severity'], stage: Diagnostic['stage'], message: string, detail?: Record<string, unknown>): Diagnostic => ({
  code,
  severity,
  stage,
  message,
  provenance: { kind: 'file' },
  ...(detail ? { detail } : {}),
});

const UNSUPPORTED: Partial<Record<Format, string>> = {
  xlsx: 'Excel workbooks are not read',
  zip: 'a ZIP archive that is not a Word document',
  ole: 'a legacy binary Office file (.doc/.xls) or an encrypted Office file; save it as DOCX or PDF',
};

/**
 * Parses one file into the document model. The format comes from the bytes, never the name.
 * Bad input of any kind yields a document with error diagnostics; it never throws.
 * A file over a limit (`options.limits`, defaults in `DEFAULT_LIMITS`) is refused with
 * `too-large`, `too-many-pages` or `zip-bomb`; `options.ocr` reads scanned PDF pages by OCR.
 */
export async function parseDocument(src: SourceBytes, options: ParseOptions = {}): Promise<DocModel> {
  const diagnostics: Diagnostic[] = [];
  const limits = resolveLimits(options.limits);
  let zip: JSZip | undefined;
  let zipEntries: string[] | undefined;
  const b = src.bytes;
  const tooLarge = sizeCheck(b.length, limits);
  if (tooLarge) {
    diagnostics.push(tooLarge);
    return DocModelSchema.parse({ id: src.sha256, source: src.source, bytes: b.length, format: detectFormat(b).format, encoding: null, pages: [], declaredPages: null, blocks: [], tables: [], diagnostics });
  }
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b) {
    try {
      zip = await JSZip.loadAsync(b);
      zipEntries = Object.keys(zip.files);
    } catch (e) {
      diagnostics.push(fileDiag('zip-corrupt', 'error', 'detect', `a ZIP container (as DOCX files are) that cannot be opened: ${(e as Error).message}`));
    }
  }
  const detection = detectFormat(b, zipEntries);
  const named = formatFromName(src.source);
  if (named && named !== detection.format && detection.format !== 'empty' && detection.format !== 'unknown') {
    diagnostics.push(
      fileDiag('extension-mismatch', 'warning', 'detect', `the name says ${named} but the bytes are ${detection.format} (${detection.reason}); read as ${detection.format}`, {
        byName: named,
        byBytes: detection.format,
      }),
    );
  }
  const doc: DocModel = {
    id: src.sha256,
    source: src.source,
    bytes: b.length,
    format: detection.format,
    encoding: null,
    pages: [],
    declaredPages: null,
    blocks: [],
    tables: [],
    diagnostics,
  };
  switch (detection.format) {
    case 'empty':
      diagnostics.push(fileDiag('empty-file', 'error', 'detect', 'the file is empty (0 bytes)'));
      break;
    case 'unknown':
      diagnostics.push(fileDiag('unrecognised-format', 'error', 'detect', `not a PDF, DOCX or HTML file: ${detection.reason}`));
      break;
    case 'html': {
      let r;
      try {
        r = parseHtml(b);
      } catch (e) {
        // Markup no page should have (the walker's own limits aside): bad input, reported, never thrown.
        diagnostics.push(fileDiag('html-unreadable', 'error', 'parse', `the page could not be read: ${(e as Error).message}`));
        break;
      }
      Object.assign(doc, { blocks: r.blocks, tables: r.tables, encoding: r.encoding });
      diagnostics.push(...r.diagnostics);
      break;
    }
    case 'docx': {
      const bomb = zipBombCheck(zip!, limits);
      if (bomb) {
        diagnostics.push(bomb);
        break;
      }
      let r;
      try {
        r = await parseDocx(zip!);
      } catch (e) {
        // mammoth and the XML reader throw on damaged parts: that is bad input, not our defect.
        diagnostics.push(fileDiag('docx-corrupt', 'error', 'parse', `the Word document is damaged: ${(e as Error).message}`));
        break;
      }
      Object.assign(doc, { blocks: r.blocks, tables: r.tables, declaredPages: r.declaredPages });
      diagnostics.push(...r.diagnostics);
      if (r.blocks.length === 0 && r.tables.length === 0) {
        diagnostics.push(fileDiag('no-content', 'warning', 'parse', 'the document has no text and no tables'));
      }
      break;
    }
    case 'pdf': {
      const r = await parsePdf(b, { limits, ...(options.ocr ? { ocr: options.ocr } : {}), ...(options.signal ? { signal: options.signal } : {}), ...(options.pageBudget ? { budget: options.pageBudget } : {}) });
      Object.assign(doc, { pages: r.pages, blocks: r.blocks, tables: r.tables });
      diagnostics.push(...r.diagnostics);
      break;
    }
    default:
      if (!diagnostics.some((d) => d.code === 'zip-corrupt')) {
        diagnostics.push(fileDiag('unsupported-format', 'error', 'detect', `unsupported format: ${UNSUPPORTED[detection.format] ?? detection.format}`));
      }
  }
  return DocModelSchema.parse(doc);
}
