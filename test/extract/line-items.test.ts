import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../src/classify/classify-document.js';
import { classifyTable } from '../../src/classify/classify-table.js';
import { lineItems, LineItem } from '../../src/extract/line-items.js';
import type { DocModel } from '../../src/model/index.js';
import { cellAt } from '../../src/model/index.js';
import { parseFixture } from '../helpers/fixtures.js';

const itemsOf = (doc: DocModel, kind: string) => {
  const t = doc.tables.find((x) => classifyTable(x).kind === kind)!;
  return { t, ...lineItems(t, kind) };
};
const find = (items: LineItem[], code: string, measure: string) => {
  const hit = items.filter((i) => i.code === code && i.measure === measure);
  expect(hit, `${code} ${measure}`).toHaveLength(1);
  return hit[0]!;
};
const wan = (i: LineItem) => (i.amount.state === 'number' ? i.amount.wan?.toString() : i.amount.state);

describe('line items of 科目-coded tables', () => {
  it('2024 决算 收入决算表: one item per printed amount, codes joined from 类/款/项', async () => {
    const { t, items, diagnostics } = itemsOf(await parseFixture('fixtures/real/上海市普陀区财政局2024年度部门决算.pdf'), 'fa02');
    expect([items.length, diagnostics.length]).toEqual([45, 0]);
    expect(items.every((i) => LineItem.safeParse(i).success)).toBe(true);
    expect(['本年收入合计', '财政拨款收入', '其他收入'].map((m) => wan(find(items, '*', m)))).toEqual(['2946.25', '2940.05', '6.2']);
    expect(['本年收入合计', '财政拨款收入', '其他收入'].map((m) => wan(find(items, '2010601', m)))).toEqual(['1511.9', '1511.89', '0.01']);
    const yl = find(items, '2080505', '本年收入合计');
    expect([yl.level, yl.name, yl.amount.state === 'number' && yl.amount.decimals]).toEqual([3, '机关事业单位基本养老保险缴费支出', 2]);
    expect([find(items, '208', '财政拨款收入').level, find(items, '20805', '财政拨款收入').level]).toEqual([1, 2]);
    // Each item points at the cell that printed it.
    const cell = cellAt(t, yl.row, yl.col)!;
    expect([cell.raw, yl.provenance]).toEqual(['160.75', cell.provenance]);
    expect(yl.provenance).toMatchObject({ kind: 'pdf', page: 8 });
  });

  it('2024 决算 基本支出决算表: both sides of 经济分类 codes', async () => {
    const { items } = itemsOf(await parseFixture('fixtures/real/上海市普陀区财政局2024年度部门决算.pdf'), 'fa06');
    expect(items).toHaveLength(29);
    expect([wan(find(items, '301', '决算数')), wan(find(items, '30201', '决算数')), wan(find(items, '31002', '决算数'))]).toEqual([
      '2082.85',
      '21.21',
      '13.58',
    ]);
    expect(find(items, '30201', '决算数').name).toBe('办公费');
    expect(items.filter((i) => i.code === null).map((i) => [i.name, wan(i)])).toEqual([
      ['人员经费合计', '2152.26'],
      ['公用经费合计', '184.65'],
    ]);
  });

  it('seed 004 支出决算表 and 一般公共预算财政拨款支出决算表 (single code column, nested headers)', async () => {
    const doc = await parseFixture('fixtures/seeds/004_d487b3c520216221.html');
    const fa03 = itemsOf(doc, 'fa03').items;
    expect(wan(find(fa03, '2080199', '项目支出'))).toBe('48');
    expect(fa03.filter((i) => i.code === '2080199').map((i) => i.measure)).toEqual(['本年支出合计', '项目支出']);
    const fa05 = itemsOf(doc, 'fa05').items;
    expect(find(fa05, '*', '基本支出').measurePath).toEqual(['本年支出', '基本支出']);
    expect(fa05).toHaveLength(27);
  });

  it('city 预算 收入预算总表 in 元: exact 万元 from the table note', async () => {
    const { items } = itemsOf(await parseFixture('fixtures/real/上海市财政局25年预算.pdf'), 'bu02');
    const it201 = find(items, '201', '合计');
    expect([it201.amount.state === 'number' && it201.amount.unit, wan(it201), it201.measurePath]).toEqual(['元', '12788.6849', ['收入预算', '合计']]);
  });

  it('finds no unreadable amount in any 科目-coded table of the fixtures', async () => {
    const files = ['fixtures/real/上海市普陀区财政局2024年度部门决算.pdf', 'fixtures/real/dept_budget.pdf', 'fixtures/seeds/004_d487b3c520216221.pdf'];
    let total = 0;
    for (const f of files) {
      const doc = await parseFixture(f);
      const kinds = classifyDocument(doc).tables;
      doc.tables.forEach((t, i) => {
        if (!/^(?:fa|bu)/.test(kinds[i]!.kind)) return;
        const { items, diagnostics } = lineItems(t, kinds[i]!.kind);
        expect(diagnostics, `${f} ${t.id}`).toEqual([]);
        total += items.length;
      });
    }
    expect(total).toBeGreaterThan(300);
  });
});
