/**
 * No pathological document: each shape that made a real document slow (test/robustness/stress-shapes.ts)
 * goes through the real pipeline (parse, extract, check). What is asserted is the work done and what
 * came of it — the tables and text read, the steps' own counts, the budget warnings — never the time.
 */
import { describe, expect, it } from 'vitest';
import type { DocModel } from '../../src/model/index.js';
import type { ParseOptions } from '../../src/parse/index.js';
import { frames } from '../../src/parse/pdf/lattice.js';
import { mergeSegments, type Segment } from '../../src/parse/pdf/rulings.js';
import { type Processed, processDocument, stagesWith } from '../../src/pipeline/process.js';
import { fromBytes } from '../../src/sources/file.js';
import { cellEdgeGrid, checkBoxes, dashedTable, deepForms, longNarrative, manyFonts, scatteredGlyphs } from './stress-shapes.js';

const run = (name: string, bytes: Uint8Array, parse: ParseOptions = {}): Promise<Processed> =>
  processDocument(fromBytes(`${name}.pdf`, bytes), stagesWith(parse));
const budget = (p: Processed) => p.diagnostics.filter((d) => /budget/.test(d.code));
const pageBudget = (p: Processed) => p.diagnostics.filter((d) => d.code === 'page-budget');
/** Every piece of text the document model holds: blocks, then table cells. */
const allText = (doc: DocModel): string =>
  [...doc.blocks.map((b) => b.text), ...doc.tables.flatMap((t) => t.cells.map((c) => (c.kind === 'cell' ? c.raw : '')))].join('\n');
const count = (s: string, what: string | RegExp): number => s.split(what).length - 1;

/** The segments of a ruled grid drawn in dashes, as pageRulings reports them (top-left origin). */
function dashes(rows: number, cols: number, dash = 1, gap = 1.5): Segment[] {
  const xs = Array.from({ length: cols + 1 }, (_, i) => 40 + (i * 515) / cols);
  const ys = Array.from({ length: rows + 1 }, (_, i) => 60 + (i * 740) / rows);
  const out: Segment[] = [];
  for (const y of ys)
    for (let x = xs[0]!; x < xs.at(-1)!; x += dash + gap) out.push({ dir: 'h', at: y, from: x, to: Math.min(x + dash, xs.at(-1)!), width: 0.5 });
  for (const x of xs)
    for (let y = ys[0]!; y < ys.at(-1)!; y += dash + gap) out.push({ dir: 'v', at: x, from: y, to: Math.min(y + dash, ys.at(-1)!), width: 0.5 });
  return out;
}

/** A grid of whole lines, as merged rulings give an ONLYOFFICE table drawn one cell edge at a time. */
function grid(rows: number, cols: number): Segment[] {
  const out: Segment[] = [];
  for (let r = 0; r <= rows; r++) for (let c = 0; c < cols; c++) out.push({ dir: 'h', at: 60 + r * 5, from: 40 + c * 6, to: 46 + c * 6, width: 0.3 });
  for (let c = 0; c <= cols; c++) for (let r = 0; r < rows; r++) out.push({ dir: 'v', at: 40 + c * 6, from: 60 + r * 5, to: 65 + r * 5, width: 0.3 });
  return mergeSegments(out);
}

describe('stress shapes through the real pipeline', { timeout: 300_000 }, () => {
  it('a ruled grid drawn one cell edge at a time (2,800 strokes): one table, every cell read; past the grid budget, not built and said', async () => {
    const bytes = cellEdgeGrid(60, 12);
    const p = await run('cell-edges', bytes);
    expect(budget(p)).toEqual([]);
    const lattice = p.doc.tables.filter((t) => t.report.method === 'lattice');
    expect(lattice.map((t) => [t.nRows, t.nCols])).toEqual([[60, 12]]);
    const raws = lattice[0]!.cells.flatMap((c) => (c.kind === 'cell' ? [c.raw] : []));
    expect(raws).toHaveLength(720);
    expect(raws).toContain('60.11');

    const small = await run('cell-edges', bytes, { pageBudget: { gridCells: 500 } });
    expect(small.doc.tables.filter((t) => t.report.method === 'lattice')).toEqual([]);
    expect(budget(small).map((d) => [d.code, d.stage, d.severity, d.detail?.['count'], d.detail?.['limit']])).toEqual([
      ['page-budget', 'parse', 'warning', 720, 500],
    ]);
    expect(budget(small)[0]!.message).toMatch(/^page 1: 720 grid positions in one ruled table \(60 rows × 12 columns\).*that table was not built/);
    expect(small.status).not.toBe('failed');
  });

  it('borders in 9,000 dashes: the frames are found checking about one pair a crossing dash, and the text is read', async () => {
    const segs = mergeSegments(dashes(30, 8));
    expect(segs.length).toBeGreaterThan(8_000);
    const f = frames(segs)!;
    // A vertical dash is checked only against the horizontal dashes it can reach: no more pairs than segments.
    expect(f.pairs).toBeLessThan(segs.length);
    expect(frames(segs, 10)).toBeNull();

    const p = await run('dashes', dashedTable(30, 8));
    expect(pageBudget(p)).toEqual([]);
    const text = allText(p.doc);
    for (const label of ['0.0', '15.4', '29.7']) expect(text).toContain(label);
    const capped = await run('dashes', dashedTable(30, 8), { pageBudget: { segments: 1_000 } });
    expect(budget(capped).map((d) => [d.code, d.detail?.['what'], d.detail?.['limit']])).toEqual([['page-budget', 'ruling segments', 1_000]]);
    expect(allText(capped.doc)).toContain('29.7');
  });

  it('whole-line grids: the pairs examined grow with the crossings, not with every horizontal times every vertical', () => {
    const small = frames(grid(40, 10))!;
    const large = frames(grid(160, 40))!;
    // 41 × 11 and 161 × 41 crossings.
    expect(small.frames).toHaveLength(1);
    expect(small.pairs).toBeLessThanOrEqual(2 * 41 * 11);
    expect(large.pairs).toBeLessThanOrEqual(2 * 161 * 41);
    expect(frames(grid(160, 40), 1_000)).toBeNull();
  });

  it('3,000 check boxes, each a frame of its own with a label beside it: no table, every label read', async () => {
    const p = await run('boxes', checkBoxes(3_000));
    expect(pageBudget(p)).toEqual([]);
    expect(p.doc.tables.filter((t) => t.report.method === 'lattice')).toEqual([]);
    const text = allText(p.doc);
    expect(count(text, /\d+/g)).toBeGreaterThanOrEqual(3_000);
  });

  it('12,000 glyphs each placed on its own: all of them read', async () => {
    const p = await run('glyphs', scatteredGlyphs(12_000));
    expect(pageBudget(p)).toEqual([]);
    expect([...allText(p.doc).replace(/\s/g, '')]).toHaveLength(12_000);
  });

  it('sixty fonts on one page: the line set in each is read', async () => {
    const p = await run('fonts', manyFonts(60));
    const text = allText(p.doc);
    for (let i = 0; i < 60; i++) expect(text).toContain(`font ${i} 12.${i}`);
  });

  it('form XObjects 40 deep, painted 10 times: the text of every level, every time', async () => {
    const p = await run('forms', deepForms(40, 10));
    const text = allText(p.doc);
    expect(count(text, 'level 0')).toBe(10);
    expect(count(text, 'level 39')).toBe(10);
  });

  it('60,000 characters with no sentence end: the sentences past the budget are not read for figures, and said so; punctuated, the same text is read', async () => {
    const p = await run('notice', longNarrative(60_000));
    const over = budget(p);
    expect(over.length).toBeGreaterThan(0);
    expect(over.every((d) => d.code === 'sentence-budget' && d.stage === 'extract' && (d.detail?.['chars'] as number) > 5_000)).toBe(true);
    expect(p.records?.narrative ?? []).toEqual([]);
    expect(p.doc.blocks.length).toBeGreaterThan(0);

    const q = await run('notice', longNarrative(60_000, 12));
    expect(budget(q)).toEqual([]);
    expect(q.records!.narrative.filter((f) => f.kind === 'amount').length).toBeGreaterThan(200);
    expect(q.records!.narrative.filter((f) => f.kind === 'indicator-list')).toEqual([]);
  });
});
