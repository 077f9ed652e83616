/**
 * src/parse/pdf/pdfjs.mjs runs pdfjs's worker from a copy that reads fonts for text only and inflates
 * in JavaScript. Every PDF in fixtures/ is parsed in two fresh processes, one with that copy and one
 * with the stock worker (GONGKAI_PDFJS_STOCK=1); the pages, blocks, tables (every cell's text, page
 * and box) and diagnostics must be the same.
 */
import { spawn } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { collectFiles } from '../../src/sources/collect.js';

interface ChildOut {
  worker: { changed: boolean; reason: string | null };
  parses: Record<string, unknown>;
}

function child(files: string[], env: Record<string, string>): Promise<ChildOut> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['test/parse/pdfjs-worker-child.mjs', ...files], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.setEncoding('utf8');
    p.stderr.setEncoding('utf8');
    p.stdout.on('data', (d: string) => (out += d));
    p.stderr.on('data', (d: string) => (err += d));
    p.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!) as ChildOut) : reject(new Error(`child exited ${code}: ${err.slice(-2000)}`))));
  });
}

/** The first path at which two values differ, for the failure message. */
function firstDifference(a: unknown, b: unknown, at = '$'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
      if (d) return d;
    }
  }
  return `${at}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`;
}

describe('pdfjs worker copy', () => {
  it('parses every fixture PDF exactly as the stock worker does', async () => {
    const { files } = await collectFiles(['fixtures']);
    const pdfs = files.filter((f) => f.toLowerCase().endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThanOrEqual(10);
    const [changed, stock] = await Promise.all([child(pdfs, { GONGKAI_PDFJS_STOCK: '0' }), child(pdfs, { GONGKAI_PDFJS_STOCK: '1' })]);
    // The copy is made for the pinned pdfjs-dist; if it no longer applies, say so here rather than run slowly unnoticed.
    expect(changed.worker).toEqual({ changed: true, reason: null });
    expect(stock.worker.changed).toBe(false);
    let cells = 0;
    for (const f of pdfs) {
      expect(firstDifference(changed.parses[f], stock.parses[f]), f).toBeNull();
      for (const t of (changed.parses[f] as { tables: { cells: unknown[] }[] }).tables) cells += t.cells.length;
    }
    console.log(`pdfjs worker copy: ${pdfs.length} PDFs, ${cells} cells, the same as the stock worker's`);
    expect(cells).toBeGreaterThan(1000);
  }, 180_000);
});
