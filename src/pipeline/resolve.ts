import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { HttpOptions, PipelineSpec } from './spec.js';
import { collectPaths } from '../sources/collect.js';
import { UrlCache } from '../sources/url-cache.js';
import { fetchUrls } from '../sources/url-fetch.js';
import { readUrlList } from '../sources/url-list.js';
import type { FetchSettings, UrlResult } from '../sources/url-types.js';

/** One file for the ingest: where its bytes are, and the name it is stored under. */
export interface ResolvedFile {
  /** A local path (relative as given, or inside the run folder for a download). */
  readonly path: string;
  /** The original path, or the URL as listed for a download. */
  readonly source: string;
}

/**
 * A problem with a source, as data. `error`: the spec names something that is not there (a usage
 * error of the run: `no-such-path`, `url-list-unreadable`), or a URL gave no file (a 404, a
 * timeout: an error for that source; the run goes on without it); `warning`: a glob matched
 * nothing, a local file is over the size cap;
 * `info`: a note (a URL reused from the last run, bytes already seen under another URL).
 */
export interface SourceDiagnostic {
  readonly code:
    | 'no-such-path'
    | 'glob-no-match'
    | 'file-too-large'
    | 'url-list-unreadable'
    | 'url-repeated'
    | 'url-failed'
    | 'url-not-modified'
    | 'url-duplicate'
    | 'http-cache';
  readonly severity: 'error' | 'warning' | 'info';
  /** The path, glob, list file or URL the diagnostic is about. */
  readonly source: string;
  readonly message: string;
}

/** Codes that mean the spec itself is wrong (a usage error), as against a source that failed this time. */
export const SPEC_ERRORS: ReadonlySet<SourceDiagnostic['code']> = new Set(['no-such-path', 'url-list-unreadable']);

export interface ResolvedSources {
  /** Local files first (in source order), then downloads (in URL order); each distinct file once. */
  readonly files: ResolvedFile[];
  readonly diagnostics: SourceDiagnostic[];
  /** Every URL's result, in the order listed. */
  readonly urls: UrlResult[];
}

export const fetchSettings = (h: HttpOptions): FetchSettings => ({
  minIntervalMs: h.minIntervalSeconds * 1000,
  perHostConcurrency: h.perHostConcurrency,
  timeoutMs: h.timeoutSeconds * 1000,
  maxBytes: h.maxBytes,
  maxRedirects: h.maxRedirects,
  userAgent: h.userAgent,
});

/** The run folder's layout: downloads by hash, and the HTTP cache index beside them. */
export const runPaths = (runDir: string): { downloads: string; cacheIndex: string } => ({
  downloads: path.join(runDir, 'downloads'),
  cacheIndex: path.join(runDir, 'http-cache.json'),
});

async function localFiles(spec: PipelineSpec, diagnostics: SourceDiagnostic[]): Promise<ResolvedFile[]> {
  const { files, problems } = await collectPaths(spec.sources);
  // A missing path is a mistake in the spec; a glob that matches nothing is an empty inbox, which a nightly run expects.
  for (const p of problems) diagnostics.push({ code: p.code, severity: p.code === 'glob-no-match' ? 'warning' : 'error', source: p.path, message: p.message });
  const seen = new Set<string>();
  const out: ResolvedFile[] = [];
  const cap = spec.limits.maxDocumentBytes;
  for (const f of files) {
    const key = path.resolve(f);
    if (seen.has(key)) continue;
    seen.add(key);
    if (cap !== undefined) {
      const size = (await stat(f)).size;
      if (size > cap) {
        diagnostics.push({ code: 'file-too-large', severity: 'warning', source: f, message: `${f} has ${size} bytes, over the cap of ${cap}; not read` });
        continue;
      }
    }
    out.push({ path: f, source: f });
  }
  return out;
}

/**
 * Everything a spec names, as files on disk: local files, folders and globs as they are, URLs
 * fetched into `runDir` (downloads by sha256, conditional requests from the cache index kept
 * there — so `runDir` should be the same folder from one run of a pipeline to the next).
 * Never throws for a bad source; one run at a time per `runDir`.
 */
export async function resolveSources(spec: PipelineSpec, runDir: string): Promise<ResolvedSources> {
  const diagnostics: SourceDiagnostic[] = [];
  const files = await localFiles(spec, diagnostics);
  const results: UrlResult[] = [];
  if (spec.urls.length === 0) return { files, diagnostics, urls: results };

  const { downloads, cacheIndex } = runPaths(runDir);
  const { cache, problem } = await UrlCache.open(cacheIndex);
  if (problem) diagnostics.push({ code: 'http-cache', severity: 'warning', source: cacheIndex, message: problem });
  const listed = new Set<string>();
  const shas = new Map<string, string>();
  // Groups run one after another: each has its own per-host limits, and no two groups' requests overlap.
  for (const group of spec.urls) {
    const urls: string[] = [];
    if (group.list !== undefined) {
      const read = await readUrlList(group.list);
      if ('error' in read) diagnostics.push({ code: 'url-list-unreadable', severity: 'error', source: group.list, message: read.error });
      else urls.push(...read.urls);
    }
    urls.push(...(group.urls ?? []));
    const fresh = urls.filter((u) => {
      if (!listed.has(u)) return (listed.add(u), true);
      diagnostics.push({ code: 'url-repeated', severity: 'info', source: u, message: `${u} is listed more than once; fetched once` });
      return false;
    });
    const got = await fetchUrls(fresh, { settings: fetchSettings(group.http), dir: downloads, cache });
    for (const r of got) {
      results.push(r);
      if (r.kind === 'failed') {
        diagnostics.push({ code: 'url-failed', severity: 'error', source: r.url, message: `${r.reason}: ${r.message}` });
        continue;
      }
      if (r.kind === 'not-modified') {
        diagnostics.push({
          code: 'url-not-modified',
          severity: 'info',
          source: r.url,
          message: `${r.url}: not modified since the last run; ${path.basename(r.path)} reused`,
        });
      }
      const first = shas.get(r.sha256);
      if (first !== undefined) {
        diagnostics.push({ code: 'url-duplicate', severity: 'info', source: r.url, message: `${r.url} has the same bytes as ${first}` });
        continue;
      }
      shas.set(r.sha256, r.url);
      files.push({ path: r.path, source: r.url });
    }
  }
  try {
    await cache.save();
  } catch (e) {
    diagnostics.push({ code: 'http-cache', severity: 'warning', source: cacheIndex, message: `cannot save the cache index: ${(e as Error).message}` });
  }
  return { files, diagnostics, urls: results };
}
