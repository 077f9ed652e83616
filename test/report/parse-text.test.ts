/** `gongkai parse`'s lines for one document, rendered from the model and the classification the pipeline gives. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyDocument, type DocumentClassification } from '../../src/classify/classify-document.js';
import type { DocModel } from '../../src/model/index.js';
import { classifiedInNet } from '../../src/pipeline/process.js';
import { parseSummaryLines, parseTotalsLine } from '../../src/report/text/parse.js';
import { readSource } from '../../src/sources/file.js';
import { ROOT } from '../helpers/fixtures.js';

describe('gongkai parse, one document', () => {
  it('shows each table with the kind it is given, not one it works out', () => {
    const doc = {
      id: 'x',
      source: 'a.html',
      bytes: 10,
      format: 'html',
      encoding: 'utf-8',
      pages: [],
      declaredPages: null,
      blocks: [
        { role: 'heading', text: '2024年预算' },
        { role: 'paragraph', text: '说明' },
        { role: 'paragraph', text: '' },
      ],
      tables: [{ id: 't1', nRows: 3, nCols: 4, headerRows: 1, title: '收支总表', unitNote: '万元', parent: null }],
      diagnostics: [{ code: 'encoding-sniffed', severity: 'info', stage: 'parse', message: 'sniffed', provenance: { kind: 'file' } }],
    } as unknown as DocModel;
    const lines = (kind: string) => parseSummaryLines(doc, { tables: [{ kind }] } as unknown as DocumentClassification);
    expect(lines('budget-summary').slice(2)).toEqual([
      '  html (utf-8) · no fixed pages · 3 blocks (1 heading, 2 paragraph) · 1 tables',
      '    t1 3×4 head 1 budget-summary 收支总表 [万元]',
      '    ! info encoding-sniffed: sniffed',
    ]);
    expect(lines('other')[3]).toBe('    t1 3×4 head 1 other 收支总表 [万元]');
    expect(parseTotalsLine(3, { read: 1, partial: 1, unreadable: 1 })).toBe('3 documents: 1 read, 1 read in part, 1 unreadable');
  });
});

describe('the pipeline gives gongkai parse the document and its classification', () => {
  it('classifies the tables of what it parsed, one kind per table', async () => {
    const { doc, classification } = await classifiedInNet(await readSource(path.join(ROOT, 'fixtures/seeds/000_4d0b4c40ef830124.html')));
    expect(doc.tables.length).toBeGreaterThan(0);
    expect(classification.tables).toHaveLength(doc.tables.length);
    expect(classification).toEqual(classifyDocument(doc));
    const lines = parseSummaryLines(doc, classification);
    for (const [i, t] of doc.tables.entries())
      expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^    ${t.id} \\S+ head \\d+ ${classification.tables[i]!.kind} `)));
  });

  it('parses in the net: a parse that throws leaves a model with nothing read, classified as unknown', async () => {
    const { doc, classification } = await classifiedInNet(await readSource(path.join(ROOT, 'fixtures/seeds/000_4d0b4c40ef830124.html')), () =>
      Promise.reject(new Error('boom')),
    );
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['internal-error']);
    expect(classification.tables).toEqual([]);
    expect(classification.kind).toBe('unknown');
  });
});
