import type JSZip from 'jszip';
import { type Diagnostic, type DocModel, DocModel as DocModelSchema, type Format } from '../model/index.js';
import type { SourceBytes } from '../sources/file.js';
import { detectFormat, formatFromName } from '../sources/sniff/detect.js';
import { type ParseOptions, resolveLimits, sizeCheck } from './limits.js';
import { isPackage, openBundle } from './bundle.js';
import { parsePdf } from './pdf/parse-pdf.js';

export { DEFAULT_LIMITS, type OcrOptions, type ParseLimits, type ParseOptions } from './limits.js';

const fileDiag = (
  code: string,
  severity: Diagnostic['severity'],
  stage: Diagnostic['stage'],
  message: string,
  detail?: Record<string, unknown>,
): Diagnostic => ({
  code,
  severity,
  stage,
  message,
  provenance: { kind: 'file' },
  ...(detail ? { detail } : {}),
});

const UNSUPPORTED: Partial<Record<Format, string>> = {
  zip: 'a ZIP archive that is neither a Word or Excel document nor a bundle of documents',
  ole: 'an OLE2 file that is neither a Word nor an Excel document',
  rar: 'a RAR archive; gongkai opens ZIP bundles only: extract it, or repack it as ZIP',
  '7z': 'a 7-Zip archive; gongkai opens ZIP bundles only: extract it, or repack it as ZIP',
};

/**
 * Parses one file into the document model. The format comes from the bytes, never the name. A ZIP
 * bundle gives a document that lists its members (`bundle`); the batch reads each member as a
 * document of its own (parse/bundle.ts).
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
    return DocModelSchema.parse({
      id: src.sha256,
      source: src.source,
      bytes: b.length,
      format: detectFormat(b).format,
      encoding: null,
      pages: [],
      declaredPages: null,
      blocks: [],
      tables: [],
      diagnostics,
    });
  }
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b) {
    // jszip is loaded when a ZIP comes (DOCX, XLSX, bundles): a PDF's check does not compile it.
    const { default: JSZipLoader } = await import('jszip');
    try {
      zip = await JSZipLoader.loadAsync(b);
      zipEntries = Object.keys(zip.files);
    } catch (e) {
      diagnostics.push(fileDiag('zip-corrupt', 'error', 'detect', `a ZIP container (as DOCX files are) that cannot be opened: ${(e as Error).message}`));
    }
  }
  const detection = detectFormat(b, zipEntries);
  const named = formatFromName(src.source);
  if (named && named !== detection.format && detection.format !== 'empty' && detection.format !== 'unknown') {
    diagnostics.push(
      fileDiag(
        'extension-mismatch',
        'warning',
        'detect',
        `the name says ${named} but the bytes are ${detection.format} (${detection.reason}); read as ${detection.format}`,
        {
          byName: named,
          byBytes: detection.format,
        },
      ),
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
      // Each format's reader (cheerio, mammoth, exceljs, cfb) is loaded when a file of it comes: a PDF
      // check does not compile them (a few hundred ms of a command's start).
      const { parseHtml } = await import('./html/parse-html.js');
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
    case 'docx':
    case 'xlsx': {
      const { readOoxml } = await import('./office.js');
      const r = await readOoxml(detection.format, zip!, b, limits);
      Object.assign(doc, { blocks: r.blocks, tables: r.tables, declaredPages: r.declaredPages });
      diagnostics.push(...r.diagnostics);
      break;
    }
    case 'doc':
    case 'xls': {
      const { readLegacy } = await import('./office.js');
      const r = await readLegacy(detection.format, b, limits, options);
      Object.assign(doc, { blocks: r.blocks, tables: r.tables, declaredPages: r.declaredPages });
      diagnostics.push(...r.diagnostics);
      break;
    }
    case 'ole': {
      const { oleStreams } = await import('../sources/sniff/ole-streams.js');
      const ole = oleStreams(b);
      if (!ole.ok) diagnostics.push(fileDiag('ole-corrupt', 'error', 'parse', `a legacy Office (OLE2) file whose directory is damaged: ${ole.reason}`));
      else if (ole.kind === 'encrypted')
        diagnostics.push(fileDiag('office-encrypted', 'error', 'parse', 'a password-protected Office file: it cannot be read without the password'));
      else diagnostics.push(fileDiag('unsupported-format', 'error', 'detect', `unsupported format: ${UNSUPPORTED.ole} (${detection.reason})`));
      break;
    }
    case 'zip': {
      if (!zip) break; // zip-corrupt, reported above
      const opened = await openBundle(src, options.limits);
      if (opened.kind === 'bundle') diagnostics.push(...opened.bundle.diagnostics);
      else if (opened.kind === 'refused') diagnostics.push(opened.diagnostic);
      else
        diagnostics.push(
          fileDiag(
            'unsupported-format',
            'error',
            'detect',
            `unsupported format: ${isPackage(zipEntries ?? []) ? 'an Office or OpenDocument package that is neither a Word nor an Excel document (a presentation, or a damaged file)' : UNSUPPORTED.zip}`,
          ),
        );
      break;
    }
    case 'pdf': {
      const r = await parsePdf(b, {
        limits,
        ...(options.ocr ? { ocr: options.ocr } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.pageBudget ? { budget: options.pageBudget } : {}),
      });
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
