/**
 * How gongkai runs pdfjs (src/parse/pdf/pdfjs.mjs, src/parse/pdf/op-text.ts) against pdfjs run as
 * shipped. Every distinct PDF in fixtures/ and ../shared/realdocs is parsed in three fresh
 * processes: as gongkai runs (the copies of pdfjs's worker and display modules, text from the
 * operator list), with the stock modules (GONGKAI_PDFJS_STOCK=1), and with getTextContent for every
 * page (GONGKAI_PDF_TEXT=pdfjs).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectFiles } from '../../src/sources/collect.js';
import { type ChildParse, firstDifference, parseInChild } from '../helpers/parse-in-child.js';
import { sharedPath } from '../helpers/shared.js';

let pdfs: string[] = [];
/** The real disclosures of ../shared/realdocs, when there. */
let realPdfs: string[] = [];
let ours: ChildParse;
let stockWorker: ChildParse;
let textContent: ChildParse;

beforeAll(async () => {
  const { files } = await collectFiles(['fixtures']);
  const real = sharedPath(
    'realdocs',
    'the pdfjs equivalence tests (test/parse/pdfjs-equivalence.test.ts) compare the fixture PDFs only, not the real disclosures',
  );
  const shared = real
    ? readdirSync(real, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.pdf'))
        .map((f) => path.relative(process.cwd(), path.join(real, f)))
    : [];
  // Each distinct file once: most of ../shared/realdocs is copied byte for byte into fixtures/real.
  const seen = new Set<string>();
  pdfs = [...files.filter((f) => f.toLowerCase().endsWith('.pdf')), ...shared].filter((f) => {
    const h = createHash('sha256').update(readFileSync(f)).digest('hex');
    return !seen.has(h) && seen.add(h) !== undefined;
  });
  realPdfs = pdfs.filter((f) => shared.includes(f));
  [ours, stockWorker, textContent] = await Promise.all([
    parseInChild(pdfs, { GONGKAI_PDFJS_STOCK: '0' }),
    parseInChild(pdfs, { GONGKAI_PDFJS_STOCK: '1', GONGKAI_PDF_TEXT: 'pdfjs' }),
    parseInChild(pdfs, { GONGKAI_PDF_TEXT: 'pdfjs' }),
  ]);
}, 300_000);

const HAN_SPACE = /(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])\s+|\s+(?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu;
/** A parse with the whitespace beside Han characters and CJK punctuation taken out of every string. */
function spacesBesideHan(v: unknown): unknown {
  if (typeof v === 'string') return v.replace(HAN_SPACE, '');
  if (Array.isArray(v)) return v.map(spacesBesideHan);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, spacesBesideHan(x)]));
  return v;
}

const cellCount = (p: ChildParse): number => pdfs.reduce((n, f) => n + p.parses[f]!.tables.reduce((m, t) => m + t.cells.length, 0), 0);

describe('pdfjs as gongkai runs it', () => {
  it('the copies of the worker and display modules parse every PDF exactly as the stock ones do', () => {
    // the fixtures alone are 20-odd PDFs; with ../shared, its real disclosures too
    expect(pdfs.length - realPdfs.length).toBeGreaterThanOrEqual(10);
    // The copies are made for the pinned pdfjs-dist; if they no longer apply, say so here rather than run slowly unnoticed.
    expect(textContent.worker).toEqual({ changed: true, reason: null });
    expect(textContent.display).toEqual({ changed: true, reason: null });
    expect(stockWorker.worker.changed).toBe(false);
    expect(stockWorker.display.changed).toBe(false);
    for (const f of pdfs) expect(firstDifference(textContent.parses[f], stockWorker.parses[f]), f).toBeNull();
    console.log(`pdfjs worker copy: ${pdfs.length} PDFs, ${cellCount(textContent)} cells, the same as the stock worker's`);
    expect(cellCount(textContent)).toBeGreaterThan(1000);
  });

  // Boxes are printed to two decimals, and the two sum a run's width in a different order: 742.39
  // and 742.40 both occur. Text and cells must be the same, up to whitespace beside a Chinese
  // character: where getTextContent splits a line's items (at a switch between font subsets, at a
  // gap) the line builder may space "2026 年" where the operator-list reading has one item, and no
  // reader downstream reads a space beside a Han character. A space between two digits, two
  // Latin letters or a digit and a letter must agree.
  it('text from the operator list parses every PDF as getTextContent does, every box within 0.01 pt', () => {
    expect(ours.worker.changed).toBe(true);
    let blocks = 0;
    for (const f of pdfs) {
      expect(firstDifference(spacesBesideHan(ours.parses[f]), spacesBesideHan(textContent.parses[f]), 0.0100001), f).toBeNull();
      blocks += (ours.parses[f]!.blocks as unknown[]).length;
    }
    console.log(`text from the operator list: ${pdfs.length} PDFs, ${blocks} blocks, ${cellCount(ours)} cells, the same as from getTextContent`);
    expect(cellCount(ours)).toBeGreaterThan(1000);
  });
});
