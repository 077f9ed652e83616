import type JSZip from 'jszip';
import type { Diagnostic } from '../model/index.js';
import { fromBytes, type SourceBytes } from '../sources/file.js';
import { detectFormat } from '../sources/sniff/detect.js';
import { limitDiag, type ParseLimits, resolveLimits, zipBombCheck } from './limits.js';

/**
 * A ZIP bundle: an archive of documents (a whole release: the 公开 tables as .xls, the 情况说明 as
 * .doc, …) rather than an Office document. Each member is a document of its own — its own bytes,
 * sha256 and format detected from those bytes — named `bundle.zip!/公开表/01.xlsx` after the bundle
 * it came in; a bundle inside a bundle is opened in turn (`outer.zip!/inner.zip!/a.pdf`).
 *
 * Member names are UTF-8 when the ZIP says so (general-purpose bit 11, or an Info-ZIP Unicode path
 * field); otherwise they are UTF-8 if they decode as UTF-8 and GBK (read as GB18030, its superset)
 * if not — the encoding Chinese Windows writes. The size and expansion caps of `limits` apply to
 * the bundle as a whole, nested bundles included.
 */

/** Separates a bundle's name from a member's path in a member's source. */
export const MEMBER_SEPARATOR = '!/';

/** Entries that are never documents: macOS resource forks, hidden files, folder thumbnails. */
const NOT_A_DOCUMENT = /(?:^|\/)(?:__MACOSX\/|\.[^/]*$|Thumbs\.db$|desktop\.ini$)/i;

/** Deepest nesting of bundles opened. */
export const MAX_BUNDLE_DEPTH = 4;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030');

export interface Bundle {
  /** The members that are documents, in archive order; nested bundles are members too. */
  members: SourceBytes[];
  /** Notes on the bundle itself: what it holds, how its names were decoded, what was left out. */
  diagnostics: Diagnostic[];
  /** Bytes its members expanded to: what a bundle inside it may expand to is what is left of the cap. */
  expanded: number;
}

export type BundleOpening = { kind: 'bundle'; bundle: Bundle } | { kind: 'not-a-bundle' } | { kind: 'refused'; diagnostic: Diagnostic };

/**
 * An Office Open XML package (`[Content_Types].xml`: a PowerPoint file, or a Word or Excel file that
 * lost its main part) or an OpenDocument file (`mimetype`) is one document in a ZIP, not a bundle.
 */
export const isPackage = (names: readonly string[]): boolean => names.includes('[Content_Types].xml') || names.includes('mimetype');

const isZip = (b: Uint8Array): boolean => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05);

/**
 * Opens `src` as a bundle. `not-a-bundle` for anything that is not a ZIP of documents (a DOCX or
 * XLSX is a ZIP too), including a ZIP that cannot be opened: the parser reports those. `refused` when
 * a cap is passed (the bundle is then a failed document with that diagnostic).
 */
export async function openBundle(src: SourceBytes, limits?: Partial<ParseLimits>): Promise<BundleOpening> {
  if (!isZip(src.bytes)) return { kind: 'not-a-bundle' };
  const l = resolveLimits(limits);
  let gbkNames = 0;
  let zip: JSZip;
  // jszip is loaded when a ZIP comes: a PDF's check does not compile it.
  const { default: JSZipLoader } = await import('jszip');
  try {
    zip = await JSZipLoader.loadAsync(src.bytes, {
      decodeFileName: (bytes) => {
        const b = bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes as unknown as number[]);
        try {
          return utf8.decode(b);
        } catch {
          gbkNames++;
          return gb18030.decode(b);
        }
      },
    });
  } catch {
    return { kind: 'not-a-bundle' };
  }
  const names = Object.keys(zip.files);
  if (detectFormat(src.bytes, names).format !== 'zip' || isPackage(names)) return { kind: 'not-a-bundle' };
  if (bundleDepth(src.source) >= MAX_BUNDLE_DEPTH) {
    return {
      kind: 'refused',
      diagnostic: limitDiag(
        'bundle-too-deep',
        'detect',
        `a bundle nested ${bundleDepth(src.source)} deep, past the ${MAX_BUNDLE_DEPTH}-level limit; it was not opened`,
        { depth: bundleDepth(src.source), limit: MAX_BUNDLE_DEPTH },
      ),
    };
  }
  const bomb = zipBombCheck(zip, l);
  if (bomb) return { kind: 'refused', diagnostic: bomb };
  const entries = Object.values(zip.files).filter((f) => !f.dir);
  const documents = entries.filter((f) => !NOT_A_DOCUMENT.test(f.name));
  if (documents.length > l.maxBundleMembers) {
    return {
      kind: 'refused',
      diagnostic: limitDiag(
        'bundle-too-many-members',
        'detect',
        `the bundle holds ${documents.length} files, over the ${l.maxBundleMembers}-document limit; none was read (raise limits.maxBundleMembers to read them)`,
        {
          members: documents.length,
          limit: l.maxBundleMembers,
        },
      ),
    };
  }
  const members: SourceBytes[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const f of documents) {
    let bytes: Uint8Array;
    try {
      bytes = await f.async('uint8array');
    } catch (e) {
      // A member that cannot be inflated is still a document: its (empty) bytes say it could not be read.
      diagnostics.push({
        code: 'bundle-member-unreadable',
        severity: 'warning',
        stage: 'source',
        message: `member ${f.name} cannot be extracted: ${(e as Error).message}`,
        provenance: { kind: 'file' },
        detail: { member: f.name },
      });
      continue;
    }
    members.push(fromBytes(`${src.source}${MEMBER_SEPARATOR}${f.name}`, bytes));
  }
  const skipped = entries.filter((f) => NOT_A_DOCUMENT.test(f.name)).map((f) => f.name);
  diagnostics.unshift({
    code: 'bundle',
    severity: 'info',
    stage: 'source',
    message: `a bundle of ${members.length} document(s), each read as a document of its own: ${members.map((m) => m.source.slice(src.source.length + MEMBER_SEPARATOR.length)).join(', ')}${skipped.length ? `; ${skipped.length} file(s) that are not documents left out` : ''}`,
    provenance: { kind: 'file' },
    detail: {
      members: members.map((m) => ({ path: m.source.slice(src.source.length + MEMBER_SEPARATOR.length), sha256: m.sha256, bytes: m.bytes.length })),
      skipped,
    },
  });
  if (members.length === 0) {
    diagnostics.push({ code: 'bundle-empty', severity: 'error', stage: 'source', message: 'the ZIP holds no document', provenance: { kind: 'file' } });
  }
  if (gbkNames) {
    diagnostics.push({
      code: 'bundle-names-gbk',
      severity: 'info',
      stage: 'source',
      message: `${gbkNames} member name(s) are not marked UTF-8 and do not decode as UTF-8; read as GBK`,
      provenance: { kind: 'file' },
      detail: { names: gbkNames },
    });
  }
  return { kind: 'bundle', bundle: { members, diagnostics, expanded: members.reduce((n, m) => n + m.bytes.length, 0) } };
}

/** The depth of a member's source in nested bundles: 0 for a file, 1 for `a.zip!/x`, … */
export const bundleDepth = (source: string): number => source.split(MEMBER_SEPARATOR).length - 1;
