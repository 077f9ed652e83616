/**
 * src/parse/pdf/pdfjs.mjs runs pdfjs's worker from a copy that reads fonts for text only and inflates
 * in JavaScript. Every PDF in fixtures/ is parsed in two fresh processes, one with that copy and one
 * with the stock worker (GONGKAI_PDFJS_STOCK=1); the pages, blocks, tables (every cell's text, page
 * and box) and diagnostics must be the same.
 */
import { describe, expect, it } from 'vitest';
import { collectFiles } from '../../src/sources/collect.js';
import { firstDifference, parseInChild } from '../helpers/parse-in-child.js';

describe('pdfjs worker copy', () => {
  it('parses every fixture PDF exactly as the stock worker does', async () => {
    const { files } = await collectFiles(['fixtures']);
    const pdfs = files.filter((f) => f.toLowerCase().endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThanOrEqual(10);
    const [changed, stock] = await Promise.all([parseInChild(pdfs, { GONGKAI_PDFJS_STOCK: '0' }), parseInChild(pdfs, { GONGKAI_PDFJS_STOCK: '1' })]);
    // The copy is made for the pinned pdfjs-dist; if it no longer applies, say so here rather than run slowly unnoticed.
    expect(changed.worker).toEqual({ changed: true, reason: null });
    expect(stock.worker.changed).toBe(false);
    let cells = 0;
    for (const f of pdfs) {
      expect(firstDifference(changed.parses[f], stock.parses[f]), f).toBeNull();
      for (const t of changed.parses[f]!.tables) cells += t.cells.length;
    }
    console.log(`pdfjs worker copy: ${pdfs.length} PDFs, ${cells} cells, the same as the stock worker's`);
    expect(cells).toBeGreaterThan(1000);
  }, 180_000);
});
