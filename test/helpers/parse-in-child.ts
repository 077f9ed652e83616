/**
 * Parses PDFs in a fresh process (test/helpers/parse-child.mjs, loading pdfjs as the `gongkai`
 * command does) with the given environment, for tests that compare two ways of running pdfjs:
 * the copies of pdfjs's modules against the stock ones, text from the operator list against getTextContent
 * (test/parse/pdfjs-equivalence.test.ts).
 */
import { spawn } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';

export interface ChildParse {
  worker: { changed: boolean; reason: string | null };
  display: { changed: boolean; reason: string | null };
  /** By file: pages, blocks, tables and diagnostics of its DocModel. */
  parses: Record<string, { tables: { cells: unknown[] }[] } & Record<string, unknown>>;
}

export function parseInChild(files: string[], env: Record<string, string>): Promise<ChildParse> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['test/helpers/parse-child.mjs', ...files], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.setEncoding('utf8');
    p.stderr.setEncoding('utf8');
    p.stdout.on('data', (d: string) => (out += d));
    p.stderr.on('data', (d: string) => (err += d));
    p.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!) as ChildParse) : reject(new Error(`child exited ${code}: ${err.slice(-2000)}`)),
    );
  });
}

/**
 * The first path at which two values differ (null when they are equal), for a failure message.
 * Numbers may differ by `tolerance` (0: not at all).
 */
export function firstDifference(a: unknown, b: unknown, tolerance = 0, at = '$'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= tolerance) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], tolerance, `${at}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return `${at}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`;
}
