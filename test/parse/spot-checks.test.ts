import { describe, expect, it } from 'vitest';
import { cellAt } from '../../src/model/index.js';
import { columnOf, parseFixture, rowWhere, tableTitled } from '../helpers/fixtures.js';

describe.each(['html', 'docx'])('seed 004 (%s)', (ext) => {
  const file = `fixtures/seeds/004_d487b3c520216221.${ext}`;

  it('收入决算表: row 2080101 has 1,246.25 in its 本年收入合计 cell', async () => {
    const t = tableTitled(await parseFixture(file), '收入决算表');
    expect(t.unitNote).toBe('金额单位：万元');
    const col = columnOf(t, '本年收入合计');
    const row = rowWhere(t, 0, '2080101');
    expect(row).toBeGreaterThanOrEqual(t.headerRows);
    expect(cellAt(t, row, col)?.raw).toBe('1,246.25');
    expect(cellAt(t, row, 1)?.raw).toBe('行政运行');
    // The neighbours differ, so a shifted column cannot pass: 2080107 prints 52.35 there.
    expect(cellAt(t, rowWhere(t, 0, '2080107'), col)?.raw).toBe('52.35');
  });

  it('三公 table: 预算数 and 决算数 span six columns, 公务用车购置及运行费 three', async () => {
    const t = tableTitled(await parseFixture(file), '一般公共预算财政拨款“三公”经费支出决算表');
    expect([t.nRows, t.nCols, t.headerRows]).toEqual([5, 12, 4]);
    const origin = (r: number, c: number) => {
      const g = cellAt(t, r, c)!;
      return [g.raw, g.row, g.col, g.rowSpan, g.colSpan, g.header];
    };
    expect(origin(0, 5)).toEqual(['预算数', 0, 0, 1, 6, true]);
    expect(origin(0, 6)).toEqual(['决算数', 0, 6, 1, 6, true]);
    expect(origin(1, 4)).toEqual(['公务用车购置及运行费', 1, 2, 1, 3, true]);
    expect(origin(1, 10)).toEqual(['公务用车购置及运行费', 1, 8, 1, 3, true]);
    expect(origin(2, 0)).toEqual(['合计', 1, 0, 2, 1, true]);
    expect(origin(2, 5)).toEqual(['公务接待费', 1, 5, 2, 1, true]);
    expect(origin(2, 3)).toEqual(['公务用车购置 费', 2, 3, 1, 1, true]);
    // Spanned positions point back to their origin.
    expect(t.cells[2 * 12 + 0]).toEqual({ kind: 'spanned', row: 2, col: 0, origin: [1, 0] });
    expect(t.cells[0 * 12 + 11]).toEqual({ kind: 'spanned', row: 0, col: 11, origin: [0, 6] });
    const data = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((c) => cellAt(t, 4, c)!.raw);
    expect(data).toEqual(['9.00', '', '6.00', '', '6.00', '3.00', '7.94', '', '6.00', '', '6.00', '1.94']);
  });

  it('finds all eight printed 公开 tables with their titles, units and sizes', async () => {
    const doc = await parseFixture(file);
    expect(doc.tables.map((t) => [t.title, t.unitNote, t.nRows, t.nCols])).toEqual([
      ['收入支出决算总表', '金额单位：万元', 34, 6],
      ['收入决算表', '金额单位：万元', 15, 9],
      ['支出决算表', '金额单位：万元', 15, 8],
      ['财政拨款收入支出决算总表', '金额单位：万元', 35, 9],
      ['一般公共预算财政拨款支出决算表', '金额单位：万元', 15, 5],
      ['一般公共预算财政拨款“三公”经费支出决算表', '金额单位：万元', 5, 12],
      ['政府性基金预算财政拨款收入支出决算表', '金额单位：万元', 4, 8],
      ['国有资本经营预算财政拨款支出决算表', '金额单位：万元', 4, 5],
      ['2021 年度部门整体支出绩效自评表', null, 21, 9],
    ]);
  });
});

describe.each(['html', 'docx'])('seed 000 (%s)', (ext) => {
  it('自评表 keeps 19.8 in the 得分 column of the 质量指标 row', async () => {
    const doc = await parseFixture(`fixtures/seeds/000_4d0b4c40ef830124.${ext}`);
    const t = tableTitled(doc, '部门整体支出绩效自评表');
    // The 得分 header is printed twice (fund block and indicator block); the indicator header row is the one with 三级指标.
    const headerRow = rowWhere(t, 3, '三级指标');
    const scoreCol = [...Array(t.nCols).keys()].find((c) => cellAt(t, headerRow, c)?.raw === '得分')!;
    const row = rowWhere(t, 2, '质量指标');
    expect(cellAt(t, row, 3)?.raw.trim()).toBe('合格率');
    expect(cellAt(t, row, scoreCol - 1)?.raw).toBe('20');
    expect(cellAt(t, row, scoreCol)?.raw).toBe('19.8');
  });
});
