import { createRequire } from 'node:module';
import type CFBModule from 'cfb';

// cfb is loaded when an OLE2 file comes (its first read): a PDF's check does not load it.
let cfb: typeof CFBModule | undefined;
const CFB = (): typeof CFBModule => (cfb ??= createRequire(import.meta.url)('cfb') as typeof CFBModule);

/** What an OLE2 compound file holds, from the names of its streams. */
export type OleKind =
  /** Excel 97–2003 (`Workbook`), Excel 5/95 (`Book`); WPS 表格 saves .et the same way. */
  | 'xls'
  /** Word 97–2003 (`WordDocument`); WPS 文字 saves .wps the same way. */
  | 'doc'
  /** An encrypted OOXML file (`EncryptionInfo` + `EncryptedPackage`): a password-protected .docx/.xlsx. */
  | 'encrypted'
  /** Anything else (PowerPoint, an installer, a thumbnail cache, …). */
  | 'other';

export type OleStreams = { ok: true; kind: OleKind; streams: string[] } | { ok: false; reason: string };

/**
 * Reads the directory of an OLE2 compound file and names what it is by its streams (never by the
 * file name: a .wps may be a Word file, a .doc an HTML page). A damaged directory is reported as
 * the reason, not thrown.
 */
export function oleStreams(bytes: Uint8Array): OleStreams {
  let streams: string[];
  try {
    const c = CFB().read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: 'buffer' });
    streams = c.FileIndex.filter((e) => e.type === 2).map((e) => e.name);
  } catch (e) {
    return { ok: false, reason: (e as Error).message };
  }
  const has = (n: string): boolean => streams.includes(n);
  const kind: OleKind = has('EncryptedPackage') ? 'encrypted' : has('Workbook') || has('Book') ? 'xls' : has('WordDocument') ? 'doc' : 'other';
  return { ok: true, kind, streams };
}
