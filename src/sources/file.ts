import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

/** Bytes of one input document, with the name it came under (a path or URL) and its content hash. */
export interface SourceBytes {
  /** Where the bytes came from, as given by the caller. */
  readonly source: string;
  readonly bytes: Uint8Array;
  /** sha256 of the bytes, lowercase hex: the document's id. */
  readonly sha256: string;
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export async function readSource(file: string): Promise<SourceBytes> {
  const buf = await readFile(file);
  const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  return { source: file, bytes, sha256: sha256(bytes) };
}

export const fromBytes = (source: string, bytes: Uint8Array): SourceBytes => ({ source, bytes, sha256: sha256(bytes) });
