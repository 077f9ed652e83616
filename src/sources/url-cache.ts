import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

/** What the last successful download of one URL left behind, for the next run's conditional request. */
export const CacheEntry = z.object({
  /** The URL as listed (the key of the index). */
  url: z.string(),
  finalUrl: z.string(),
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** File name inside the downloads folder: `<sha256>.<ext>`. */
  file: z.string().regex(/^[0-9a-f]{64}\.[a-z0-9]+$/),
  bytes: z.number().int().min(0),
  contentType: z.string().nullable(),
  /** ISO 8601 time of the download. */
  fetchedAt: z.string(),
});
export type CacheEntry = z.infer<typeof CacheEntry>;

const CacheIndex = z.object({ version: z.literal(1), entries: z.record(z.string(), CacheEntry) });

/**
 * The HTTP cache index of a run folder (`http-cache.json`). One run at a time owns a run folder:
 * the index is read at the start and replaced (write then rename) at the end.
 */
export class UrlCache {
  private constructor(
    readonly file: string,
    private readonly entries: Map<string, CacheEntry>,
  ) {}

  /** Reads the index; a missing one is empty, an unreadable one is empty with the reason. */
  static async open(file: string): Promise<{ cache: UrlCache; problem: string | null }> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
      return { cache: new UrlCache(file, new Map()), problem: missing ? null : `cannot read ${file}: ${(e as Error).message}` };
    }
    let parsed;
    try {
      parsed = CacheIndex.safeParse(JSON.parse(text));
    } catch (e) {
      return { cache: new UrlCache(file, new Map()), problem: `${file} is not JSON (${(e as Error).message}); starting without it` };
    }
    if (!parsed.success)
      return { cache: new UrlCache(file, new Map()), problem: `${file} is not a cache index (${z.prettifyError(parsed.error)}); starting without it` };
    return { cache: new UrlCache(file, new Map(Object.entries(parsed.data.entries))), problem: null };
  }

  get(url: string): CacheEntry | undefined {
    return this.entries.get(url);
  }

  set(entry: CacheEntry): void {
    this.entries.set(entry.url, entry);
  }

  delete(url: string): void {
    this.entries.delete(url);
  }

  async save(): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    const sorted = Object.fromEntries([...this.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const tmp = `${this.file}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify({ version: 1, entries: sorted }, null, 2) + '\n');
    await rename(tmp, this.file);
  }
}
