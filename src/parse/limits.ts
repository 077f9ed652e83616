import { inflateRawSync } from 'node:zlib';
import type JSZip from 'jszip';
import type { Diagnostic } from '../model/index.js';
import type { ConverterOptions } from './convert/libreoffice.js';
import type { PageBudget } from './pdf/budget.js';

/**
 * What one document may cost to read. A file past a limit is refused with an error diagnostic
 * (`too-large`, `too-many-pages`, `zip-bomb`) rather than read in part: a partly read document
 * could give false findings (a total whose items were on the pages not read).
 *
 * The defaults are generous for what government sites publish (a 部门决算 is 20–60 pages and
 * 0.3–30 MB; the largest collected volumes, whole-city 预算 books, run to a few hundred pages),
 * and tight enough that one file cannot take a nightly worker past its memory.
 */
export interface ParseLimits {
  /** Largest file read, in bytes. Default 200 MiB. */
  maxBytes: number;
  /** Most PDF pages read. Default 2,000. */
  maxPages: number;
  /** Most bytes all entries of a ZIP (DOCX, XLSX, a bundle with the bundles inside it) may expand to together. Default 512 MiB. */
  maxZipExpanded: number;
  /**
   * Largest expansion ratio (uncompressed ÷ compressed) of one ZIP entry that expands past
   * `ratioFloor` bytes. Deflate cannot do better than about 1,032:1; XML written by Word or
   * LibreOffice compresses 10–60:1, generated repetitive tables up to a few hundred. Default 1,000.
   */
  maxZipRatio: number;
  /** Entries expanding to fewer bytes than this are never refused for their ratio. Default 16 MiB. */
  ratioFloor: number;
  /** Most documents one ZIP bundle may hold (each becomes a document of its own). Default 1,000. */
  maxBundleMembers: number;
}

export const DEFAULT_LIMITS: Readonly<ParseLimits> = Object.freeze({
  maxBytes: 200 * 1024 * 1024,
  maxPages: 2000,
  maxZipExpanded: 512 * 1024 * 1024,
  maxZipRatio: 1000,
  ratioFloor: 16 * 1024 * 1024,
  maxBundleMembers: 1000,
});

/** OCR of scanned PDF pages (see src/parse/ocr). */
export interface OcrOptions {
  /** The tesseract executable (a name looked up on PATH, or a path). Default `tesseract`. */
  command?: string;
  /** Tesseract languages. Default `chi_sim+eng`. */
  languages?: string;
  /** Rendering resolution. Default 300 dpi. */
  dpi?: number;
  /** Most pages OCRed in one document (OCR takes seconds a page). Default 50. */
  maxPages?: number;
}

/** Options of `parseDocument`. */
export interface ParseOptions {
  /** Limits; each one left out keeps its default. */
  limits?: Partial<ParseLimits>;
  /** OCR pages that need it (`needs-ocr`). Off by default. */
  ocr?: boolean | OcrOptions;
  /** How legacy Word and Excel files (DOC, WPS, XLS, ET) are converted: LibreOffice's command and time limit. */
  converter?: ConverterOptions;
  /**
   * Stops a PDF parse between pages when aborted (a `parse-aborted` error; nothing read is kept).
   * A per-document time limit is `AbortSignal.timeout(ms)`. A parse stuck inside one page cannot be
   * stopped this way: run it in a worker thread and terminate the worker.
   */
  signal?: AbortSignal;
  /** What one PDF page may cost in the reader's steps that can grow faster than the page (src/parse/pdf/budget.ts); each one left out keeps its default. */
  pageBudget?: Partial<PageBudget>;
}

export const resolveLimits = (l?: Partial<ParseLimits>): ParseLimits => {
  const out = { ...DEFAULT_LIMITS };
  for (const k of Object.keys(DEFAULT_LIMITS) as (keyof ParseLimits)[]) {
    const v = l?.[k];
    if (typeof v === 'number' && v >= 0 && !Number.isNaN(v)) out[k] = v;
  }
  return out;
};

const mib = (n: number): string => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${n} bytes`);

export const limitDiag = (code: string, stage: Diagnostic['stage'], message: string, detail: Record<string, unknown>): Diagnostic => ({
  code,
  severity: 'error',
  stage,
  message,
  provenance: { kind: 'file' },
  detail,
});

/** `too-large` for a file over `maxBytes`, else null. */
export function sizeCheck(bytes: number, limits: ParseLimits): Diagnostic | null {
  if (bytes <= limits.maxBytes) return null;
  return limitDiag(
    'too-large',
    'detect',
    `the file is ${mib(bytes)}, over the ${mib(limits.maxBytes)} limit; it was not read (raise limits.maxBytes to read it)`,
    {
      bytes,
      limit: limits.maxBytes,
    },
  );
}

/** `too-many-pages` for a PDF over `maxPages`, else null. */
export function pageCheck(pages: number, limits: ParseLimits): Diagnostic | null {
  if (pages <= limits.maxPages) return null;
  return limitDiag(
    'too-many-pages',
    'parse',
    `the PDF has ${pages} pages, over the ${limits.maxPages}-page limit; it was not read (raise limits.maxPages to read it)`,
    {
      pages,
      limit: limits.maxPages,
    },
  );
}

/** What jszip keeps of an entry it has read from the central directory (private, but stable in jszip 3). */
interface LoadedEntry {
  compressedSize?: number;
  uncompressedSize?: number;
  compression?: { magic?: string };
  compressedContent?: Uint8Array;
}

const DEFLATE = '\x08\x00';

/**
 * Zip-bomb defence, run before any entry is inflated. First the sizes the ZIP declares (total, and
 * the ratio of each entry); then, because a bomb may declare small sizes, every deflated entry is
 * inflated once with zlib's output capped at what it declares (and at what is left of the
 * budget), so no entry can expand past its declaration into memory. Returns the refusal, or null.
 * Entries that fail to inflate for other reasons are left to the reader (they are damage, not a bomb).
 */
export function zipBombCheck(zip: JSZip, limits: ParseLimits): Diagnostic | null {
  let total = 0;
  const entries: [string, LoadedEntry][] = [];
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    const data = (file as unknown as { _data?: LoadedEntry })._data;
    if (!data || typeof data.uncompressedSize !== 'number') continue;
    const declared = data.uncompressedSize;
    const compressed = Math.max(1, data.compressedSize ?? 0);
    total += declared;
    if (declared >= limits.ratioFloor && declared / compressed > limits.maxZipRatio) {
      return limitDiag(
        'zip-bomb',
        'detect',
        `ZIP entry ${name} declares ${mib(declared)} from ${mib(compressed)} (${Math.round(declared / compressed)}:1, over ${limits.maxZipRatio}:1); the file was not expanded`,
        {
          entry: name,
          uncompressedSize: declared,
          compressedSize: compressed,
          limit: limits.maxZipRatio,
        },
      );
    }
    entries.push([name, data]);
  }
  if (total > limits.maxZipExpanded) {
    return limitDiag(
      'zip-bomb',
      'detect',
      `the ZIP's entries declare ${mib(total)} together, over the ${mib(limits.maxZipExpanded)} limit; the file was not expanded`,
      {
        uncompressedSize: total,
        limit: limits.maxZipExpanded,
      },
    );
  }
  for (const [name, data] of entries) {
    if (data.compression?.magic !== DEFLATE || !(data.compressedContent instanceof Uint8Array)) continue;
    const declared = data.uncompressedSize!;
    try {
      // One byte more than declared: an entry that fills it expands past its declaration.
      const out = inflateRawSync(data.compressedContent, { maxOutputLength: Math.max(1, declared + 1) });
      if (out.length > declared) throw Object.assign(new RangeError('larger than declared'), { code: 'ERR_BUFFER_TOO_LARGE' });
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) {
        return limitDiag('zip-bomb', 'detect', `ZIP entry ${name} expands past the ${declared} bytes it declares; the file was not expanded further`, {
          entry: name,
          uncompressedSize: declared,
          compressedSize: data.compressedSize ?? null,
        });
      }
      // damaged deflate data: the reader reports it when (and if) it needs the entry
    }
  }
  return null;
}
