import type { Diagnostic, Page } from '../../model/index.js';
import { openPdf } from './load.js';

export interface PdfParse {
  pages: Page[];
  diagnostics: Diagnostic[];
}

const fail = (code: string, message: string, detail?: Record<string, unknown>): Diagnostic => ({
  code,
  severity: 'error',
  stage: 'parse',
  message,
  provenance: { kind: 'file' },
  ...(detail ? { detail } : {}),
});

/** Maps pdfjs's exceptions for unreadable files to diagnostics; anything else is our defect and rethrown. */
export function pdfOpenDiagnostic(e: unknown): Diagnostic {
  const name = (e as { name?: string })?.name ?? '';
  const message = (e as { message?: string })?.message ?? String(e);
  switch (name) {
    case 'PasswordException':
      return fail('pdf-encrypted', `the PDF is password-protected and cannot be opened (${message})`);
    case 'InvalidPDFException':
      return fail('pdf-invalid', `not a readable PDF: ${message}`);
    case 'MissingPDFException':
    case 'UnexpectedResponseException':
    case 'FormatError':
    case 'UnknownErrorException':
      return fail('pdf-corrupt', `the PDF is damaged: ${message}`, { exception: name });
    default:
      return fail('pdf-corrupt', `the PDF could not be opened: ${message}`, { exception: name || 'Error' });
  }
}

/**
 * Opens a PDF and reads its page list (number and size). Text, blocks and tables of PDFs are not
 * extracted yet: that is reported on every PDF as a warning, so no PDF passes as fully read.
 */
export async function parsePdf(bytes: Uint8Array): Promise<PdfParse> {
  let doc;
  try {
    doc = await openPdf(bytes);
  } catch (e) {
    return { pages: [], diagnostics: [pdfOpenDiagnostic(e)] };
  }
  const pages: Page[] = [];
  const diagnostics: Diagnostic[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        const page = await doc.getPage(n);
        const vp = page.getViewport({ scale: 1 });
        pages.push({ number: n, width: round2(vp.width), height: round2(vp.height) });
        page.cleanup();
      } catch (e) {
        diagnostics.push({ ...pdfOpenDiagnostic(e), code: 'pdf-page-unreadable', message: `page ${n} could not be read: ${(e as Error).message}` });
      }
    }
  } finally {
    await doc.destroy();
  }
  diagnostics.push({
    code: 'pdf-content-not-extracted',
    severity: 'warning',
    stage: 'parse',
    message: 'PDF text and tables are not extracted yet; only the page list was read',
    provenance: { kind: 'file' },
  });
  return { pages, diagnostics };
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
