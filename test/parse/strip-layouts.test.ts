import { describe, expect, it } from 'vitest';
import type { DocModel, Table } from '../../src/model/index.js';
import { cellAt, textRows } from '../../src/model/index.js';
import { parseFixture } from '../helpers/fixtures.js';
import { recordsOf } from '../helpers/records.js';

/**
 * The central 决算's nine tables laid out with title strips as one-row tables, a 续表 split and
 * amounts in 元 (fixtures/layouts/xinfang-2024-strips.*): HTML and DOCX read like their PDF twin.
 */
const STEM = 'fixtures/layouts/xinfang-2024-strips';

const cache = new Map<string, Promise<DocModel>>();
const load = (ext: string): Promise<DocModel> => {
  let p = cache.get(ext);
  if (!p) cache.set(ext, (p = parseFixture(`${STEM}.${ext}`)));
  return p;
};

const norm = (t: Table): string[][] => textRows(t).map((r) => r.map((s) => s.replace(/[\s\u3000\u00a0]+/g, '')));
const facts = (t: Table) => [t.number, t.title, t.unitNote, t.department, t.year, t.nRows, t.nCols, t.headerRows];

const NUMBERS = ['公开01表', '公开02表', '公开03表', '公开04表', '公开05表', '公开06表', '公开07表', '公开08表', '公开09表'];

describe('title strips and a 续表 in HTML and DOCX, against their PDF twin', () => {
  for (const ext of ['html', 'docx']) {
    it(`${ext}: the same nine tables as the PDF, cell for cell, each in 元 under its own title`, async () => {
      const [doc, pdf] = await Promise.all([load(ext), load('pdf')]);
      expect(doc.diagnostics).toEqual([]);
      expect(doc.tables.map((t) => t.number)).toEqual(NUMBERS);
      expect(doc.tables.map(facts)).toEqual(pdf.tables.map(facts));
      for (const t of doc.tables) expect([t.unitNote, t.department, t.year], t.title!).toEqual(['金额单位：元', '国家信访局', 2024]);
      doc.tables.forEach((t, i) => expect(norm(t), `${ext} ${t.number}`).toEqual(norm(pdf.tables[i]!)));
    });
  }

  it('the PDF: the strips are lines over the tables, 公开06’s the first rows of its grid', async () => {
    const pdf = await load('pdf');
    expect(pdf.diagnostics).toEqual([]);
    expect(pdf.tables.map((t) => [t.number, t.unitSource])).toEqual(NUMBERS.map((n) => [n, n === '公开06表' ? 'strip' : 'caption']));
    const t06 = pdf.tables[5]!;
    expect(norm(t06)[0]!.slice(0, 4)).toEqual(['人员经费', '', '', '公用经费']);
  });

  it('the 续表 is one table: its strip and repeated header dropped, each cell where it was printed', async () => {
    const [html, docx, pdf] = await Promise.all([load('html'), load('docx'), load('pdf')]);
    for (const doc of [html, docx, pdf]) {
      const t = doc.tables.find((x) => x.number === '公开02表')!;
      // The PDF prints the 续表 under the table on page 3 and runs it on to page 4, its header repeated.
      expect([t.nRows, t.headerRows, t.report.parts]).toEqual([28, 3, doc === pdf ? 3 : 2]);
      expect(doc.blocks.filter((b) => b.text === '续表').map((b) => b.role)).toEqual(['furniture']);
    }
    // Row 16 (2080501 行政单位离退休) is the 续表's first: in the HTML and DOCX, a cell of the sixth table
    // (strip 01, 公开01, strip 02, 公开02, the strip again, the 续表); in the PDF, lower on page 3.
    const h = html.tables.find((x) => x.number === '公开02表')!;
    expect(cellAt(h, 16, 0)?.raw).toBe('2080501');
    expect(cellAt(h, 15, 0)?.provenance).toMatchObject({
      kind: 'dom',
      table: 1,
      row: 15,
      col: 0,
      path: expect.stringMatching(/^body > table:nth-of-type\(4\) > /),
    });
    expect(cellAt(h, 16, 2)?.provenance).toMatchObject({
      kind: 'dom',
      table: 1,
      row: 16,
      col: 2,
      path: expect.stringMatching(/^body > table:nth-of-type\(6\) > /),
    });
    const d = docx.tables.find((x) => x.number === '公开02表')!;
    expect([cellAt(d, 15, 0)?.provenance, cellAt(d, 16, 2)?.provenance]).toEqual([
      { kind: 'dom', path: 'word/document.xml#tbl4/tr16/tc1', table: 1, row: 15, col: 0 },
      { kind: 'dom', path: 'word/document.xml#tbl6/tr4/tc3', table: 1, row: 16, col: 2 },
    ]);
    const p = pdf.tables.find((x) => x.number === '公开02表')!;
    const where = [15, 16, 19, 20].map((r) => cellAt(p, r, 0)?.provenance).map((pr) => (pr?.kind === 'pdf' ? [pr.page, pr.bbox.y0 > 400] : null));
    expect(where).toEqual([
      [3, false],
      [3, true],
      [3, true],
      [4, false],
    ]);
  });

  it('the amounts are read in 元: 收入决算表’s 合计 is 204,513,500.00 元, 20,451.35 万元 as the PDF of the 决算 prints it', async () => {
    for (const ext of ['html', 'docx', 'pdf']) {
      const r = await recordsOf(`${STEM}.${ext}`);
      const total = r.lineItems.find((li) => li.tableKind === 'fa02' && li.code === '*' && li.measure === '本年收入合计');
      expect(total?.amount, ext).toMatchObject({ state: 'number', printed: '204,513,500.00', unit: '元', unitSource: 'table' });
      expect(total?.amount.state === 'number' ? total.amount.wan?.toFixed() : null, ext).toBe('20451.35');
    }
  });
});
