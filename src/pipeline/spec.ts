import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { CrawlSource } from './crawl/spec.js';
import { HttpOptions } from './http-options.js';

export { HttpOptions };

/** URLs given inline and/or as a file of URLs (one a line; blank lines and `#` comments skipped). */
export const UrlSource = z
  .object({
    /** A file of URLs, relative to the working directory. */
    list: z.string().min(1).optional(),
    urls: z.array(z.string().min(1)).optional(),
    http: HttpOptions.prefault({}),
  })
  .strict()
  .refine((u) => u.list !== undefined || (u.urls?.length ?? 0) > 0, { message: 'a URL source needs "list" (a file of URLs) or "urls"' });
export type UrlSource = z.infer<typeof UrlSource>;

export const ExportFormat = z.enum(['csv', 'jsonl', 'xlsx']);

export const Outputs = z
  .object({
    /** The SQLite store. */
    db: z.string().min(1).optional(),
    /** The HTML report of the run. */
    report: z.string().min(1).optional(),
    export: z
      .object({ dir: z.string().min(1), format: ExportFormat })
      .strict()
      .optional(),
    /**
     * Downloads and the HTTP cache index, kept between runs so the next run's requests are
     * conditional (default `data/runs/NAME`).
     */
    runDir: z.string().min(1).optional(),
  })
  .strict();
export type Outputs = z.infer<typeof Outputs>;

export const Limits = z
  .object({
    /** Per-document time limit of parsing and checking, in seconds. */
    documentTimeoutSeconds: z.number().positive().max(3600).optional(),
    /** Largest local file read, in bytes (URL downloads have `http.maxBytes`). */
    maxDocumentBytes: z.number().int().positive().optional(),
  })
  .strict();
export type Limits = z.infer<typeof Limits>;

/** A declarative run: what to read, how hard to work, where results go. */
export const PipelineSpec = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    description: z.string().optional(),
    /** Files, folders or globs (`*`, `**`, `?`), relative to the working directory. */
    sources: z.array(z.string().min(1)).default([]),
    /** URL lists; every URL yields a fetched file, a `not-modified` reuse, or a failure with its reason. */
    urls: z.array(UrlSource).default([]),
    /** Sites crawled from their listing pages to every disclosure (discoveries recorded in the store). */
    crawls: z.array(CrawlSource).default([]),
    /** Documents in flight at once (worker threads). */
    concurrency: z.number().int().min(1).max(64).optional(),
    outputs: Outputs.prefault({}),
    limits: Limits.prefault({}),
  })
  .strict()
  .refine((s) => s.sources.length > 0 || s.urls.length > 0 || s.crawls.length > 0, {
    message: 'a pipeline needs at least one entry in "sources", "urls" or "crawls"',
    path: ['sources'],
  });
export type PipelineSpec = z.infer<typeof PipelineSpec>;

/** What a spec sets of its batch: documents at once, the per-document time limit in seconds, the largest local file in bytes (a flag given wins). */
export interface RunSettings {
  concurrency?: number | undefined;
  timeoutSeconds?: number | undefined;
  maxBytes?: number | undefined;
}

export const runSettings = (spec: PipelineSpec): RunSettings => ({
  concurrency: spec.concurrency,
  timeoutSeconds: spec.limits.documentTimeoutSeconds,
  maxBytes: spec.limits.maxDocumentBytes,
});

/** Where a spec's downloads and HTTP cache live: `outputs.runDir`, else `data/runs/NAME`. */
export const runDirOf = (spec: PipelineSpec): string => spec.outputs.runDir ?? `data/runs/${spec.name}`;

/** Reads and validates a pipeline spec; a bad spec is a usage error with zod's explanation. */
export async function loadPipelineSpec(file: string): Promise<{ spec: PipelineSpec } | { error: string }> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    return { error: `${file}: ${(e as Error).message}` };
  }
  return parsePipelineSpec(json, file);
}

/** Validates parsed JSON as a pipeline spec; `where` names it in the error. */
export function parsePipelineSpec(json: unknown, where = 'spec'): { spec: PipelineSpec } | { error: string } {
  const parsed = PipelineSpec.safeParse(json);
  // One line, as every usage error is: zod's explanation joined.
  return parsed.success
    ? { spec: parsed.data }
    : {
        error: `${where}: ${z
          .prettifyError(parsed.error)
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)
          .join(' ')}`,
      };
}
