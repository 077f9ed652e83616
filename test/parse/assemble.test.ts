import { describe, expect, it } from 'vitest';
import { cellAt, textRows } from '../../src/model/index.js';
import { parseBytes } from '../helpers/fixtures.js';

/** Title strips and 续表 in HTML, as 江苏's and the central 决算's pages print them. */

const page = (body: string): string => `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`;
const strip = (...cells: string[]): string => `<table><tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr></table>`;
const HEAD = '<tr><th>科目编码</th><th>科目名称</th><th>金额</th></tr>';
const rows = (...r: [string, string, string][]): string => r.map((x) => `<tr>${x.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');

describe('title strips', () => {
  it('folds a one-row strip table into the table under it: title, 部门, year, number and unit', async () => {
    const doc = await parseBytes(
      'a.html',
      page(
        `<p>收入决算表</p>${strip('部门：国家信访局', '2024年度', '公开02表<br>金额单位：元')}<table>${HEAD}${rows(['201', '一般公共服务支出', '106,855,600.00'])}</table>`,
      ),
    );
    expect(doc.tables).toHaveLength(1);
    const t = doc.tables[0]!;
    expect([t.id, t.title, t.unitNote, t.unitSource, t.number, t.department, t.year]).toEqual([
      't0',
      '收入决算表',
      '金额单位：元',
      'strip',
      '公开02表',
      '国家信访局',
      2024,
    ]);
    // The cells keep where they were printed, and say where they sit in the model.
    expect(cellAt(t, 1, 2)?.provenance).toMatchObject({ kind: 'dom', table: 0, row: 1, col: 2, path: expect.stringContaining('table:nth-of-type(2)') });
  });

  it('takes the title and unit rows at the top of the grid out of it', async () => {
    const doc = await parseBytes(
      'a.html',
      page(
        `<table><thead><tr><th colspan="3">支出决算表</th></tr><tr><th>部门：国家信访局</th><th>2024年度</th><th>公开03表 金额单位：万元</th></tr>${HEAD}</thead><tbody>${rows(['201', '一般公共服务支出', '10,685.56'])}</tbody></table>`,
      ),
    );
    const t = doc.tables[0]!;
    expect([t.title, t.titleBlock, t.unitNote, t.number, t.department, t.nRows, t.headerRows]).toEqual([
      '支出决算表',
      null,
      '金额单位：万元',
      '公开03表',
      '国家信访局',
      2,
      1,
    ]);
    expect(textRows(t)[0]).toEqual(['科目编码', '科目名称', '金额']);
  });

  it('does not take a table of contents for a strip: it names many tables', async () => {
    const doc = await parseBytes(
      'a.html',
      page(
        `<table><tr><td>表1</td><td>收支总表</td></tr><tr><td>表2</td><td>收入总表</td></tr></table><table>${HEAD}${rows(['201', '一般公共服务支出', '1.00'])}</table>`,
      ),
    );
    expect(doc.tables.map((t) => t.nRows)).toEqual([2, 2]);
  });
});

describe('a table and its 续表', () => {
  it('joins a 续表 printed as a second table, dropping its repeated strip and header', async () => {
    const doc = await parseBytes(
      'a.html',
      page(
        `<p>支出决算表</p>${strip('部门：国家信访局', '公开03表', '金额单位：元')}<table>${HEAD}${rows(['201', '一般公共服务支出', '3.00'], ['20101', '人大事务', '1.00'])}</table>` +
          `<p>续表</p>${strip('部门：国家信访局', '公开03表', '金额单位：元')}<table>${HEAD}${rows(['20102', '政协事务', '2.00'])}</table><p>注：本表反映部门本年度的支出。</p>`,
      ),
    );
    expect(doc.tables).toHaveLength(1);
    const t = doc.tables[0]!;
    expect([t.title, t.report.parts, t.nRows]).toEqual(['支出决算表', 2, 4]);
    expect(textRows(t).map((r) => r[1])).toEqual(['科目名称', '一般公共服务支出', '人大事务', '政协事务']);
    expect(cellAt(t, 3, 2)?.provenance).toMatchObject({ table: 0, row: 3, col: 2, path: expect.stringContaining('table:nth-of-type(4)') });
    expect(doc.blocks.find((b) => b.text === '续表')?.role).toBe('furniture');
  });

  it('joins the rows that simply go on in a second table with no header, nothing between', async () => {
    const doc = await parseBytes(
      'a.html',
      page(`<p>支出决算表</p><table>${HEAD}${rows(['201', '一般公共服务支出', '3.00'])}</table><table>${rows(['20102', '政协事务', '2.00'])}</table>`),
    );
    expect(doc.tables.map((t) => t.nRows)).toEqual([3]);
  });

  it('never joins two tables with their own titles, however alike their columns', async () => {
    const doc = await parseBytes(
      'a.html',
      page(`<p>收入决算表</p><table>${HEAD}${rows(['201', 'a', '1.00'])}</table><p>支出决算表</p><table>${HEAD}${rows(['201', 'a', '1.00'])}</table>`),
    );
    expect(doc.tables.map((t) => t.title)).toEqual(['收入决算表', '支出决算表']);
  });

  it('never joins a second form: its first row names the same thing with another value', async () => {
    const form = (name: string) => `<table><tr><td>项目名称</td><td>${name}</td><td></td></tr><tr><td>年度目标</td><td>完成</td><td>1.00</td></tr></table>`;
    const doc = await parseBytes('a.html', page(`<p>项目支出绩效目标表</p>${form('信息化运行维护')}<p>续表</p>${form('信访综合保障经费')}`));
    expect(doc.tables).toHaveLength(2);
  });

  it('keeps a nested table pointing at its cell once the table holding it is joined to the one before', async () => {
    const doc = await parseBytes(
      'a.html',
      page(
        `<p>支出决算表</p><table>${HEAD}${rows(['201', '一般公共服务支出', '3.00'])}</table><p>续表</p><table>${HEAD}<tr><td>20102</td><td>政协事务</td><td><table><tr><td>inner</td></tr></table></td></tr></table>`,
      ),
    );
    expect(doc.tables.map((t) => [t.id, t.index, t.parent])).toEqual([
      ['t0', 0, null],
      ['t1', 1, { table: 't0', row: 2, col: 2 }],
    ]);
  });
});

describe('the unit, from the nearest statement of it', () => {
  it('reads it from the title when nothing nearer states it', async () => {
    const doc = await parseBytes('a.html', page(`<p>收入决算表（万元）</p><table>${HEAD}${rows(['201', 'a', '1.00'])}</table>`));
    expect([doc.tables[0]!.unitNote, doc.tables[0]!.unitSource]).toEqual(['（万元）', 'title']);
  });

  it('reads it from a line that states it for all the tables', async () => {
    const doc = await parseBytes('a.html', page(`<p>说明：本套报表金额单位为万元。</p><p>收入决算表</p><table>${HEAD}${rows(['201', 'a', '1.00'])}</table>`));
    expect([doc.tables[0]!.unitNote, doc.tables[0]!.unitSource]).toEqual(['本套报表金额单位为万元', 'document']);
  });

  it('says so when amounts are printed and no unit is stated anywhere, and assumes none', async () => {
    const doc = await parseBytes('a.html', page(`<p>收入决算表</p><table>${HEAD}${rows(['201', 'a', '1.00'])}</table>`));
    expect(doc.tables[0]!.unitNote).toBeNull();
    expect(doc.diagnostics.map((d) => [d.code, d.severity])).toEqual([['unit-unstated', 'info']]);
  });

  it('is satisfied by a column label that states the unit', async () => {
    const doc = await parseBytes(
      'a.html',
      page(`<p>收入决算表</p><table><tr><th>科目编码</th><th>科目名称</th><th>金额（万元）</th></tr>${rows(['201', 'a', '1.00'])}</table>`),
    );
    expect(doc.diagnostics).toEqual([]);
  });
});
