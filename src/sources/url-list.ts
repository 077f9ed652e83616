import { readFile } from 'node:fs/promises';

/** The URLs of a URL list file: one a line; blank lines and lines starting with `#` are skipped. */
export function parseUrlList(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

export async function readUrlList(file: string): Promise<{ urls: string[] } | { error: string }> {
  try {
    return { urls: parseUrlList(await readFile(file, 'utf8')) };
  } catch (e) {
    return { error: `cannot read URL list ${file}: ${(e as Error).message}` };
  }
}
