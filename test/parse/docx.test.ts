import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { cellAt, textRows } from '../../src/model/index.js';
import { makeDocx, wp, wtbl, wtc, wtr } from '../helpers/docx.js';
import { parseBytes, parseFixture } from '../helpers/fixtures.js';

describe('DOCX', () => {
  it('reads gridSpan, vMerge, gridBefore, header rows, multi-paragraph cells and nested tables', async () => {
    const body = [
      wp('2021年度部门决算', '1'),
      wp('一、收入决算表', '2'),
      wp('金额单位：万元'),
      wtbl([
        wtr([wtc('项目', { span: 2 }), wtc('金额', { vMerge: 'restart' })], { header: true }),
        wtr([wtc('编码'), wtc('名称'), wtc('', { vMerge: 'continue' })], { header: true }),
        wtr([wtc('208'), wtc(wp('社会保障') + wp('和就业支出')), wtc('1,387.53')]),
        wtr([wtc('5.79')], { gridBefore: 2 }),
        wtr([wtc('附注'), wtc(wp('见下表') + wtbl([wtr([wtc('内'), wtc('表')])]), { span: 2 })]),
      ]),
      wp('注：本表反映收入。'),
    ].join('');
    const doc = await parseBytes('x.docx', await makeDocx(body));
    expect(doc.format).toBe('docx');
    expect(doc.diagnostics).toEqual([]);
    expect(doc.blocks.map((b) => [b.text, b.role, b.headingLevel])).toEqual([
      ['2021年度部门决算', 'heading', 1],
      ['一、收入决算表', 'heading', 2],
      ['金额单位：万元', 'unit-note', null],
      ['注：本表反映收入。', 'paragraph', null],
    ]);
    expect(doc.blocks[1]!.provenance).toEqual({ kind: 'dom', path: 'word/document.xml#p2' });
    const [t, inner] = doc.tables;
    expect([t!.nRows, t!.nCols, t!.headerRows, t!.report.headerSource, t!.unitNote]).toEqual([5, 3, 2, 'markup', '金额单位：万元']);
    expect(textRows(t!)).toEqual([
      ['项目', '', '金额'],
      ['编码', '名称', ''],
      ['208', '社会保障\n和就业支出', '1,387.53'],
      ['', '', '5.79'],
      ['附注', '见下表', ''],
    ]);
    expect(t!.cells.slice(9, 11).map((g) => g.kind)).toEqual(['missing', 'missing']);
    expect(cellAt(t!, 1, 2)).toMatchObject({ raw: '金额', rowSpan: 2, row: 0, col: 2 });
    expect(cellAt(t!, 3, 2)?.provenance).toEqual({ kind: 'dom', path: 'word/document.xml#tbl1/tr4/tc1', table: 0, row: 3, col: 2 });
    expect(inner!.parent).toEqual({ table: 't0', row: 4, col: 1 });
    expect(textRows(inner!)).toEqual([['内', '表']]);
    expect(cellAt(inner!, 0, 1)?.provenance).toMatchObject({ path: 'word/document.xml#tbl1/tr5/tc2/tbl1/tr1/tc2' });
  });

  it('reads every seed the same from its DOCX as from its HTML', async () => {
    for (const stem of ['000_4d0b4c40ef830124', '001_217e79579315e879', '002_3947c5881660c658', '004_d487b3c520216221']) {
      const html = await parseFixture(`fixtures/seeds/${stem}.html`);
      const docx = await parseFixture(`fixtures/seeds/${stem}.docx`);
      expect(
        docx.blocks.map((b) => [b.text, b.role, b.outlineLevel]),
        stem,
      ).toEqual(html.blocks.map((b) => [b.text, b.role, b.outlineLevel]));
      expect(
        docx.tables.map((t) => [t.title, t.unitNote, t.headerRows, textRows(t)]),
        stem,
      ).toEqual(html.tables.map((t) => [t.title, t.unitNote, t.headerRows, textRows(t)]));
    }
  });

  it('gives a damaged DOCX an error diagnostic, never an exception', async () => {
    const good = await makeDocx(wp('正文'));
    const truncated = good.slice(0, Math.floor(good.length / 2));
    const cut = await parseBytes('cut.docx', truncated);
    expect(cut.diagnostics.map((d) => [d.code, d.severity])).toContainEqual(['zip-corrupt', 'error']);

    const zip = await JSZip.loadAsync(good);
    zip.file('word/document.xml', '<w:document><w:body><w:p>未闭合');
    const broken = await parseBytes('broken.docx', await zip.generateAsync({ type: 'uint8array' }));
    expect(broken.format).toBe('docx');
    expect(broken.diagnostics.map((d) => [d.code, d.severity])).toEqual([['docx-corrupt', 'error']]);

    const noBody = new JSZip();
    noBody.file('[Content_Types].xml', '<Types/>');
    const missing = await parseBytes('missing.docx', await noBody.generateAsync({ type: 'uint8array' }));
    expect([missing.format, missing.diagnostics.map((d) => d.code)]).toEqual(['zip', ['extension-mismatch', 'unsupported-format']]);
  });
});
