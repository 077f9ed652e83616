import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellAt, type DocModel, type OriginCell } from '../../src/model/index.js';
import { documentStatus } from '../../src/pipeline/status.js';
import { parseBytes, parseFixture } from '../helpers/fixtures.js';

/** A workbook made here, cell by cell, for what one case is about. */
async function book(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const THIN: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

/** A 收入决算表 sheet as 决算 software writes one: title and unit lines unruled, the grid ruled. */
function incomeSheet(wb: ExcelJS.Workbook, name = '公开02表'): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.mergeCells('A1:E1');
  ws.getCell('A1').value = '收入决算表';
  ws.getCell('E2').value = '单位：万元';
  const rows: (string | number | null)[][] = [
    ['项目', null, '本年收入合计', '财政拨款收入', '占比'],
    ['功能分类科目编码', '科目名称', null, null, null],
    ['合计', null, 1387.53, 1387.53, 1],
    ['2080101', '行政运行', 1246.25, 1220.8, 0.125],
    ['2080102', '一般行政管理事务', '-', 0, 0.0333],
  ];
  rows.forEach((r, i) => {
    r.forEach((v, c) => {
      const cell = ws.getCell(3 + i, 1 + c);
      if (v !== null) cell.value = v;
      cell.border = THIN;
      if (c === 2 || c === 3) cell.numFmt = '#,##0.00';
      if (c === 4) cell.numFmt = '0.0%';
    });
  });
  ws.mergeCells('A3:B3');
  ws.mergeCells('C3:C4');
  ws.mergeCells('D3:D4');
  ws.mergeCells('E3:E4');
  ws.mergeCells('A5:B5');
  ws.mergeCells('A9:E9');
  ws.getCell('A9').value = '注：本表反映部门本年度取得的各项收入情况。';
  return ws;
}

const origin = (doc: DocModel, r: number, c: number): OriginCell => {
  const cell = cellAt(doc.tables[0]!, r, c);
  if (!cell) throw new Error(`no cell at ${r},${c}`);
  return cell;
};

describe('XLSX', () => {
  it('reads the ruled grid as the table, the lines around it as its title, unit note and note', async () => {
    const doc = await parseBytes('income.xlsx', await book((wb) => incomeSheet(wb)));
    expect(doc.format).toBe('xlsx');
    expect(doc.blocks.map((b) => [b.role, b.text])).toEqual([
      ['caption', '收入决算表'],
      ['unit-note', '单位：万元'],
      ['paragraph', '注：本表反映部门本年度取得的各项收入情况。'],
    ]);
    const t = doc.tables[0]!;
    expect([t.title, t.unitNote, t.nRows, t.nCols, t.headerRows, t.report.method]).toEqual(['收入决算表', '单位：万元', 5, 5, 2, 'sheet']);
    expect(t.provenance).toEqual({ kind: 'sheet', sheet: '公开02表', ref: 'A3:E7', table: 0 });
    expect(documentStatus(doc)).toBe('ok');
  });

  it('prints each cell as Excel does and keeps the stored value beside it', async () => {
    const doc = await parseBytes('income.xlsx', await book((wb) => incomeSheet(wb)));
    const at = (r: number, c: number) => ({ raw: origin(doc, r, c).raw, value: origin(doc, r, c).value });
    expect(at(3, 2)).toEqual({ raw: '1,246.25', value: '1246.25' });
    expect(at(3, 3)).toEqual({ raw: '1,220.80', value: '1220.8' });
    expect(at(3, 4)).toEqual({ raw: '12.5%', value: '0.125' });
    expect(at(4, 2)).toEqual({ raw: '-', value: undefined });
    expect(at(4, 3)).toEqual({ raw: '0.00', value: '0' });
    expect(at(3, 0)).toEqual({ raw: '2080101', value: undefined });
    expect(origin(doc, 3, 2).provenance).toEqual({ kind: 'sheet', sheet: '公开02表', ref: 'C6', table: 0, row: 3, col: 2 });
  });

  it('makes merged areas spans that point back to their origin', async () => {
    const doc = await parseBytes('income.xlsx', await book((wb) => incomeSheet(wb)));
    const t = doc.tables[0]!;
    expect(origin(doc, 0, 0)).toMatchObject({ raw: '项目', rowSpan: 1, colSpan: 2, header: true, provenance: { ref: 'A3:B3' } });
    expect(origin(doc, 0, 2)).toMatchObject({ raw: '本年收入合计', rowSpan: 2, colSpan: 1 });
    expect(t.cells[1 * 5 + 2]).toEqual({ kind: 'spanned', row: 1, col: 2, origin: [0, 2] });
    expect(origin(doc, 2, 0)).toMatchObject({ raw: '合计', colSpan: 2, header: false });
  });

  it('marks hidden sheets, hidden rows and columns, and formulas whose result the file does not hold', async () => {
    const bytes = await book((wb) => {
      const ws = incomeSheet(wb);
      ws.getRow(6).hidden = true;
      ws.getColumn(5).hidden = true;
      ws.getCell('C7').value = { formula: 'C5-C6', date1904: false } as ExcelJS.CellFormulaValue;
      const hidden = wb.addWorksheet('底稿');
      hidden.state = 'hidden';
      hidden.getCell('A1').value = '内部测算';
      hidden.getCell('B1').value = 3;
    });
    const doc = await parseBytes('hidden.xlsx', bytes);
    const byCode = new Map(doc.diagnostics.map((d) => [d.code, d]));
    expect(byCode.get('sheet-hidden')).toMatchObject({ severity: 'warning', detail: { sheet: '底稿', state: 'hidden' } });
    expect(byCode.get('sheet-hidden-cells')).toMatchObject({ severity: 'warning', detail: { sheet: '公开02表', rows: [6], cols: ['E'] } });
    expect(byCode.get('formula-without-value')).toMatchObject({ severity: 'warning', detail: { cells: ['C7'] } });
    expect(origin(doc, 4, 2).raw).toBe('');
    expect(doc.tables).toHaveLength(2);
    expect(documentStatus(doc)).toBe('needs-review');
  });

  it('keeps ruled rows with nothing in them, as the printed table has them (an empty 政府性基金 table)', async () => {
    const bytes = await book((wb) => {
      const ws = wb.addWorksheet('公开08表');
      ws.getCell('A1').value = '政府性基金预算财政拨款收入支出决算表';
      ws.getCell('A2').value = '项目';
      ws.getCell('B2').value = '本年支出';
      for (let r = 2; r <= 6; r++) for (const c of ['A', 'B']) ws.getCell(`${c}${r}`).border = THIN;
    });
    const t = (await parseBytes('empty-fund.xlsx', bytes)).tables[0]!;
    expect([t.nRows, t.nCols, t.title, t.provenance]).toEqual([
      5,
      2,
      '政府性基金预算财政拨款收入支出决算表',
      { kind: 'sheet', sheet: '公开08表', ref: 'A2:B6', table: 0 },
    ]);
  });

  it('reads a sheet that rules nothing as one grid over all it prints, and takes a title from its tab', async () => {
    const bytes = await book((wb) => {
      const ws = wb.addWorksheet('收入决算表');
      ws.addRow(['项目', '金额']);
      ws.addRow(['合计', 12.5]);
      ws.getCell('B2').numFmt = '0.00';
    });
    const doc = await parseBytes('plain.xlsx', bytes);
    const t = doc.tables[0]!;
    expect([t.nRows, t.nCols, t.title, t.titleBlock]).toEqual([2, 2, '收入决算表', null]);
    expect(origin(doc, 1, 1).raw).toBe('12.50');
  });

  it('reads a real workbook: the review checklist of dept_budget.pdf', async () => {
    const doc = await parseFixture('fixtures/real/dept_budget.xlsx');
    expect(doc.blocks.map((b) => b.text)).toEqual(['2026年度普陀区部门预算公开情况检查表', '部门名称: 上海市普陀区司法局']);
    const t = doc.tables[0]!;
    expect([t.nRows, t.nCols, t.title]).toEqual([20, 5, '2026年度普陀区部门预算公开情况检查表']);
    // 内容规范性 is merged down the rows it heads; the value left in A3:D3's merged part (部门编码:201) is not printed and not read.
    expect(origin(doc, 3, 0)).toMatchObject({ raw: '内容规范性', rowSpan: 17, provenance: { kind: 'sheet', ref: 'A7:A23' } });
    expect(JSON.stringify(doc)).not.toContain('部门编码');
    const text = t.cells
      .filter((c): c is OriginCell => c.kind === 'cell')
      .map((c) => c.raw)
      .join('\n');
    expect(text).toContain('目录后有一页多余的空表页');
  });

  it('reads the unit checklist with the defects a reviewer found in unit_budget.pdf', async () => {
    const doc = await parseFixture('fixtures/real/unit_budget.xlsx');
    const text = doc.tables.flatMap((t) => t.cells.filter((c): c is OriginCell => c.kind === 'cell').map((c) => c.raw)).join('\n');
    expect(text).toContain('1434.89');
    expect(text).toContain('1690.69');
    expect(documentStatus(doc)).toBe('ok');
  });
});
