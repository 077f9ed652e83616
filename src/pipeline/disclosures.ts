import { open } from 'node:fs/promises';
import { detectFormat, formatFromName } from '../sources/sniff/detect.js';

/** Bytes enough to recognise a format by its signature or its markup. */
const HEAD = 8192;

/**
 * Whether a file met in a folder or a glob is a disclosure to read: named as a document (.pdf,
 * .docx, .html, .xlsx, .doc, .zip …) — an empty or broken one too, which is then reported
 * unreadable — or, whatever its name, with the bytes of one (a PDF saved as `.txt`). Notes, images
 * and lists beside the documents (`.txt`, `.png`, `.md`) are not: a batch skips and counts them.
 */
export async function isDisclosure(file: string): Promise<boolean> {
  if (formatFromName(file) !== null) return true;
  let head: Uint8Array;
  try {
    const fh = await open(file, 'r');
    try {
      const buf = Buffer.alloc(HEAD);
      const { bytesRead } = await fh.read(buf, 0, HEAD, 0);
      head = new Uint8Array(buf.buffer, buf.byteOffset, bytesRead);
    } finally {
      await fh.close();
    }
  } catch {
    // A file that cannot be read is the batch's to report, not ours to drop.
    return true;
  }
  return ['pdf', 'docx', 'html', 'xlsx', 'ole', 'zip'].includes(detectFormat(head).format);
}

/** The files that are disclosures, and those skipped as not, in order. */
export async function sortDisclosures<T>(files: readonly T[], pathOf: (f: T) => string): Promise<{ files: T[]; skipped: string[] }> {
  const keep: T[] = [];
  const skipped: string[] = [];
  for (const f of files) {
    if (await isDisclosure(pathOf(f))) keep.push(f);
    else skipped.push(pathOf(f));
  }
  return { files: keep, skipped };
}
