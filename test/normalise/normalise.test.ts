import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { cellAt } from '../../src/model/index.js';
import { parseAmount, unitOf } from '../../src/normalise/amount.js';
import { parseQuantity } from '../../src/normalise/target.js';
import { compactText, normaliseText } from '../../src/normalise/text.js';
import { columnOf, parseFixture, tableTitled } from '../helpers/fixtures.js';

const num = (printed: string, ctx = {}) => {
  const a = parseAmount(printed, ctx);
  if (a.state !== 'number') throw new Error(`${printed}: ${a.state}`);
  return { value: a.value.toString(), decimals: a.decimals, unit: a.unit, source: a.unitSource, wan: a.wan?.toString() ?? null };
};

describe('text', () => {
  it.each([
    ['一级\n指标', '一级指标'],
    ['收 入 支 出 决 算 总 表', '收入支出决算总表'],
    ['本年收入合\n计', '本年收入合计'],
    ['　　合格率', '合格率'],
    ['ＡＢＣ１２３', 'ABC123'],
    ['因公出国 （ 境 ） 费', '因公出国(境)费'],
    ['Total\nincome  2024', 'Total income 2024'],
  ])('%j → %j', (input, out) => expect(normaliseText(input)).toBe(out));

  it('compacts labels for matching', () => expect(compactText('支出功能分类\n科目编码')).toBe('支出功能分类科目编码'));
});

describe('amounts', () => {
  it('reads thousands separators, signs, parentheses, units and printed decimals exactly', () => {
    expect(num('1,387.53', { table: '万元' })).toEqual({ value: '1387.53', decimals: 2, unit: '万元', source: 'table', wan: '1387.53' });
    expect(num('127,886,849', { table: '元' })).toEqual({ value: '127886849', decimals: 0, unit: '元', source: 'table', wan: '12788.6849' });
    expect(num('(12.00)', { table: '万元' })).toMatchObject({ value: '-12', decimals: 2 });
    expect(num('－3.5', { table: '万元' })).toMatchObject({ value: '-3.5', decimals: 1 });
    expect(num('2.47万元', { table: '元' })).toEqual({ value: '2.47', decimals: 2, unit: '万元', source: 'cell', wan: '2.47' });
    expect(num('１，２３４．５０', { column: '亿元', table: '万元' })).toEqual({
      value: '1234.5',
      decimals: 2,
      unit: '亿元',
      source: 'column',
      wan: '12345000',
    });
    expect(num('　95　')).toEqual({ value: '95', decimals: 0, unit: null, source: null, wan: null });
    // Exact decimal arithmetic, never floats: 0.1 + 0.2 in 万元 from 元.
    expect(
      parseAmount('1000', { table: '元' }).state === 'number' &&
        (parseAmount('1000', { table: '元' }) as { wan: Decimal }).wan.plus(new Decimal('0.2')).toString(),
    ).toBe('0.3');
  });

  it('keeps blank, zero, dash and unreadable apart', () => {
    expect(['', '　', '0', '0.00', '—', '— —', '-', '——', '/', '1,23.4', '见附表', '12a'].map((s) => parseAmount(s, { table: '万元' }).state)).toEqual([
      'blank',
      'blank',
      'number',
      'number',
      'dash',
      'dash',
      'dash',
      'dash',
      'dash',
      'unreadable',
      'unreadable',
      'unreadable',
    ]);
    expect(num('0.00', { table: '万元' }).decimals).toBe(2);
  });

  it.each([
    ['金额单位：万元', '万元'],
    ['单位:元', '元'],
    ['单位：人民币亿元', '亿元'],
    ['年初预算数（万元）', '万元'],
    ['填报单位：衡阳县社会保险服务中心 单位：万元 填报时间：2023年2月20日', '万元'],
    ['单位：人', null],
    ['收入决算表', null],
  ])('unitOf(%j) = %j', (text, unit) => expect(unitOf(text)).toBe(unit));
});

describe('targets and actuals', () => {
  const q = (s: string, percentColumn = false) => {
    const r = parseQuantity(s, { percentColumn });
    return r.state === 'quantity' ? [r.comparator, r.value.toString(), r.high?.toString() ?? null, r.unit, r.unitFromColumn] : [r.state];
  };
  it.each([
    ['104.97%', ['value', '104.97', null, '%', false]],
    ['=100%', ['=', '100', null, '%', false]],
    ['　=100%', ['=', '100', null, '%', false]],
    ['≥95%', ['>=', '95', null, '%', false]],
    ['大于等于95%', ['>=', '95', null, '%', false]],
    ['大于95%', ['>', '95', null, '%', false]],
    ['1--1.2万人', ['range', '1', '1.2', '万人', false]],
    ['0.6--0.7万人', ['range', '0.6', '0.7', '万人', false]],
    ['31.88 万人', ['value', '31.88', null, '万人', false]],
    ['2020年全年', ['text']],
    ['确保养老金发放到位', ['text']],
    ['', ['blank']],
  ])('%j', (input, out) => expect(q(input)).toEqual(out));

  it('takes % from a percent column for a bare number (001: 94.9 under 实际完成值 of a ≥95% target)', () => {
    expect(q('94.9', true)).toEqual(['value', '94.9', null, '%', true]);
    expect(q('94.9', false)).toEqual(['value', '94.9', null, null, false]);
  });
});

describe('amounts of real tables', () => {
  it('every amount cell of the 2024 决算 收入决算表 reads as a number or blank, in 万元 from the table note', async () => {
    const doc = await parseFixture('fixtures/real/上海市普陀区财政局2024年度部门决算.pdf');
    const t = tableTitled(doc, '收入决算表');
    const table = unitOf(t.unitNote ?? '');
    expect(table).toBe('万元');
    const states = new Map<string, number>();
    for (let r = t.headerRows; r < t.nRows; r++) {
      for (let c = columnOf(t, '本年收入合计'); c < t.nCols; c++) {
        const a = parseAmount(cellAt(t, r, c)?.raw ?? '', { table });
        states.set(a.state, (states.get(a.state) ?? 0) + 1);
        if (a.state === 'number') expect([a.decimals, a.unit]).toEqual([2, '万元']);
      }
    }
    // 20 body rows × 7 amount columns: 合计 and four 201 rows print three amounts, the other 15 rows two.
    expect(Object.fromEntries(states)).toEqual({ number: 45, blank: 95 });
  });
});
