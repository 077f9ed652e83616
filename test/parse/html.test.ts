import { describe, expect, it } from 'vitest';
import { cellAt, textRows } from '../../src/model/index.js';
import { parseBytes } from '../helpers/fixtures.js';

const page = (body: string, head = '<meta charset="utf-8">'): string => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

describe('HTML tables', () => {
  it('expands rowspan and colspan into the grid; spanned positions point to their origin', async () => {
    const doc = await parseBytes(
      'a.html',
      page(`<table>
        <tr><th colspan="2">项目</th><th rowspan="2">金额</th></tr>
        <tr><th>编码</th><th>名称</th></tr>
        <tr><td rowspan="2">208</td><td>社会保障</td><td>1,387.53</td></tr>
        <tr><td>就业</td><td>5.79</td></tr>
      </table>`),
    );
    const t = doc.tables[0]!;
    expect([t.nRows, t.nCols, t.headerRows, t.report.headerSource]).toEqual([4, 3, 2, 'markup']);
    expect(textRows(t)).toEqual([
      ['项目', '', '金额'],
      ['编码', '名称', ''],
      ['208', '社会保障', '1,387.53'],
      ['', '就业', '5.79'],
    ]);
    expect(t.cells[1]).toEqual({ kind: 'spanned', row: 0, col: 1, origin: [0, 0] });
    expect(t.cells[1 * 3 + 2]).toEqual({ kind: 'spanned', row: 1, col: 2, origin: [0, 2] });
    expect(cellAt(t, 3, 0)?.raw).toBe('208');
    expect(cellAt(t, 3, 2)).toMatchObject({
      raw: '5.79',
      header: false,
      provenance: { kind: 'dom', path: 'body > table:nth-of-type(1) > tbody:nth-of-type(1) > tr:nth-of-type(4) > td:nth-of-type(2)', table: 0, row: 3, col: 2 },
    });
  });

  it('keeps a ragged row as missing positions and reports it', async () => {
    const doc = await parseBytes('a.html', page('<table><tr><td>a</td><td>b</td><td>c</td></tr><tr><td>d</td></tr></table>'));
    const t = doc.tables[0]!;
    expect(t.cells.slice(3).map((g) => g.kind)).toEqual(['cell', 'missing', 'missing']);
    expect(t.report.raggedRows).toBe(1);
  });

  it('reads nested tables as tables of their own, pointing back to the cell that holds them', async () => {
    const doc = await parseBytes('a.html', page('<table><tr><td>外</td><td>说明<table><tr><td>内1</td><td>内2</td></tr></table></td></tr></table>'));
    expect(doc.tables).toHaveLength(2);
    const [outer, inner] = doc.tables;
    expect(cellAt(outer!, 0, 1)?.raw).toBe('说明');
    expect(inner!.parent).toEqual({ table: 't0', row: 0, col: 1 });
    expect(textRows(inner!)).toEqual([['内1', '内2']]);
    expect(inner!.order).toBeGreaterThan(outer!.order);
  });

  it('prints cell text as a browser does: whitespace collapsed, <br> and paragraphs as line breaks, U+3000 kept', async () => {
    const doc = await parseBytes(
      'a.html',
      page('<table><tr><td>  一级\n   <br>指标 </td><td><p>第一段</p><p>第二段</p></td><td>　95　</td><td>&nbsp;</td></tr></table>'),
    );
    expect(textRows(doc.tables[0]!)[0]).toEqual(['一级\n指标', '第一段\n第二段', '　95　', '\u00a0']);
  });

  it('never takes script or style as text, but keeps escaped markup as printed', async () => {
    const doc = await parseBytes(
      'a.html',
      page('<script>alert(1)</script><table><tr><td><script>document.write("x")</script>合计</td><td>&lt;script&gt;1&lt;/script&gt;</td></tr></table>'),
    );
    expect(textRows(doc.tables[0]!)[0]).toEqual(['合计', '<script>1</script>']);
    expect(doc.blocks).toHaveLength(0);
  });

  it('infers header rows from content when the markup has none, ending at the 栏次 row', async () => {
    const doc = await parseBytes(
      'a.html',
      page(`<table><tr><td>项目</td><td>金额</td><td>备注</td></tr><tr><td>栏次</td><td>1</td><td>2</td></tr>
        <tr><td>合计</td><td>1,387.53</td><td></td></tr></table>`),
    );
    const t = doc.tables[0]!;
    expect([t.headerRows, t.report.headerSource]).toEqual([2, 'inferred']);
    expect(cellAt(t, 1, 0)?.header).toBe(true);
    expect(cellAt(t, 2, 0)?.header).toBe(false);
  });
});

describe('HTML blocks', () => {
  it('gives headings, captions, unit notes and outline levels from Chinese numbering', async () => {
    const doc = await parseBytes(
      'a.html',
      page(`<h1>2021年度部门决算</h1><p>第一部分 单位概况</p><p>一、部门职责</p>
        <p>（一）贯彻执行党和国家的方针政策，为养老保险提供服务保障。</p><p>1.基本支出情况</p><p>（2）决算支出</p><p>①是否符合规划</p>
        <p>收入决算表</p><p>公开02表</p><p>金额单位：万元</p><table><tr><td>合计</td><td>1.00</td></tr></table><p>- 3 -</p>`),
    );
    const roles = doc.blocks.map((b) => [b.text.slice(0, 6), b.role, b.outlineLevel, b.headingLevel]);
    expect(roles).toEqual([
      ['2021年度', 'heading', null, 1],
      ['第一部分 单', 'heading', 1, null],
      ['一、部门职责', 'heading', 2, null],
      ['（一）贯彻执', 'paragraph', 3, null],
      ['1.基本支出', 'paragraph', 4, null],
      ['（2）决算支', 'paragraph', 5, null],
      ['①是否符合规', 'paragraph', 6, null],
      ['收入决算表', 'caption', null, null],
      ['公开02表', 'paragraph', null, null],
      ['金额单位：万', 'unit-note', null, null],
      ['- 3 -', 'furniture', null, null],
    ]);
    expect(doc.blocks[2]!.numbering).toEqual({ style: 'cn-comma', marker: '一、', ordinal: 1 });
    const t = doc.tables[0]!;
    expect([t.title, t.titleBlock, t.unitNote, t.unitBlock]).toEqual(['收入决算表', 'b7', '金额单位：万元', 'b9']);
    // Reading order is shared by blocks and tables.
    expect(t.order).toBe(10);
  });

  it('finds a unit note inside a longer line (填报单位：… 单位：万元 …)', async () => {
    const doc = await parseBytes(
      'a.html',
      page(
        '<p>部门整体支出绩效评价基础数据表</p><p>填报单位：衡阳县社会保险服务中心 单位：万元 填报时间：2023年2月20日</p><table><tr><td>编制数</td></tr></table>',
      ),
    );
    expect(doc.blocks[1]!.role).toBe('paragraph');
    expect([doc.tables[0]!.title, doc.tables[0]!.unitNote]).toEqual(['部门整体支出绩效评价基础数据表', '单位：万元']);
  });
});

describe('tables of contents, list items, form tables', () => {
  it('marks 目录 entries as toc until the body repeats an entry', async () => {
    const doc = await parseBytes(
      'a.html',
      page('<p>目 录</p><p>第一部分 单位概况</p><p>一、部门职责 ……… 3</p><p>第二部分 部门决算表</p><p>第一部分 单位概况</p><p>一、部门职责</p>'),
    );
    expect(doc.blocks.map((b) => b.role)).toEqual(['paragraph', 'toc', 'toc', 'toc', 'heading', 'heading']);
  });

  it('keeps a numbered duty line a paragraph when its numbered neighbours are sentences', async () => {
    const doc = await parseBytes(
      'a.html',
      page('<p>（三）负责参保登记。</p><p>（四）负责个人账户管理和权益记录</p><p>（五）负责基金管理。</p><p>（一）部门预算执行情况</p>'),
    );
    expect(doc.blocks.map((b) => b.role)).toEqual(['paragraph', 'paragraph', 'paragraph', 'heading']);
  });

  it('does not take a form’s label rows for column headers when a label spans into the amounts', async () => {
    const doc = await parseBytes(
      'a.html',
      page(`<table><tr><td>部门名称</td><td colspan="3">株洲市社会保险服务中心</td></tr>
        <tr><td rowspan="2">资金情况</td><td>年初预算数</td><td>全年预算数</td><td>执行率</td></tr>
        <tr><td>1366.77</td><td>1387.53</td><td>100%</td></tr></table>
        <table><tr><th rowspan="2">部门资金</th><th>全年预算数</th></tr><tr><td>38706.47</td></tr></table>`),
    );
    expect(doc.tables.map((t) => [t.headerRows, t.report.headerSource])).toEqual([
      [0, 'none'],
      [0, 'none'],
    ]);
  });
});

describe('HTML encodings', () => {
  const gbk = (s: string): Uint8Array => {
    // 收入决算表 / 合计 in GBK, written out so the test needs no encoder.
    const map: Record<string, number[]> = { 收: [0xca, 0xd5], 入: [0xc8, 0xeb], 合: [0xba, 0xcf], 计: [0xbc, 0xc6] };
    const out: number[] = [];
    for (const ch of s) out.push(...(map[ch] ?? [...Buffer.from(ch, 'latin1')]));
    return new Uint8Array(out);
  };

  it('decodes a page declared gb2312', async () => {
    const doc = await parseBytes(
      'a.html',
      gbk(page('<p>收入</p><table><tr><td>合计</td></tr></table>', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')),
    );
    expect([doc.encoding, doc.blocks[0]!.text, textRows(doc.tables[0]!)[0]![0]]).toEqual(['gb18030', '收入', '合计']);
    expect(doc.diagnostics).toEqual([]);
  });

  it('reads GBK bytes labelled UTF-8 as GBK, with a warning', async () => {
    const doc = await parseBytes('a.html', gbk(page('<p>收入</p>', '<meta charset="utf-8">')));
    expect([doc.encoding, doc.blocks[0]!.text]).toEqual(['gb18030', '收入']);
    expect(doc.diagnostics.map((d) => [d.code, d.severity])).toEqual([['encoding-mismatch', 'warning']]);
  });

  it('reads UTF-8 bytes labelled GBK as UTF-8, with a warning', async () => {
    const doc = await parseBytes('a.html', page('<p>收入决算表</p>', '<meta charset="gbk">'));
    expect([doc.encoding, doc.blocks[0]!.text]).toEqual(['utf-8', '收入决算表']);
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['encoding-mismatch']);
  });

  it('sniffs an undeclared GBK page', async () => {
    const doc = await parseBytes('a.html', gbk('<html><body><p>收入</p></body></html>'));
    expect([doc.encoding, doc.blocks[0]!.text]).toEqual(['gb18030', '收入']);
    expect(doc.diagnostics.map((d) => [d.code, d.severity])).toEqual([['encoding-sniffed', 'info']]);
  });
});
