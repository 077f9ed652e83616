/**
 * 西安人社 2020's 部门综合预算 tables print one code column in which a 款 row gives only its own two
 * digits under its 类 (201 / 10 / 2011007): the 款 is 20110, and the 类, 款 and 项 sums can be checked.
 * Its columns 人员经费支出 | 公用经费支出 | 专项业务经费支出 are the personnel, public and project measures.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { budgetKey } from '../../src/extract/budget/build.js';
import { lineItems } from '../../src/extract/line-items.js';
import { cellAt } from '../../src/model/index.js';
import { parseFixture } from '../helpers/fixtures.js';
import { recordsOf } from '../helpers/records.js';

const FILE = 'fixtures/real/人力资源和社会保障局_2026年部门预算.pdf';

describe('a 预算 code column that prints a 款 by its own digits', () => {
  it('joins the 款 to its 类: 201 › 10 人力资源事务 is 20110, 205 › 03 职业教育 is 20503', async () => {
    const r = await recordsOf(FILE);
    const t6 = r.lineItems.filter((l) => l.table === 't6' && l.measure === '合计');
    const byName = (name: string) => t6.find((l) => l.name === name);
    expect([byName('人力资源事务')?.code, byName('人力资源事务')?.level]).toEqual(['20110', 2]);
    expect(byName('职业教育')?.code).toBe('20503');
    expect(byName('技校教育')?.code).toBe('2050303');
    expect(byName('人力资源事务')?.amount.printed).toBe('56.52');
  });

  it('keeps the 合计 column as the total when an 一般公共预算拨款 › 小计 beside it gives the same key (表2, 西安市技工学校: 990.41, not 640.41)', async () => {
    const r = await recordsOf(FILE);
    const t = r.bu.bu02!;
    const school = t.rows.find((row) => row.code === '242013')!;
    const total = school.values.total;
    expect(total?.state === 'number' ? total.figure.printed : total?.state).toBe('990.41');
    // The 小计 is not read as the total: it is a column the rule cannot key, so no sum is made over the row.
    expect(t.unkeyed).toContain('部门预算 › 一般公共预算拨款 › 小计');
  });

  it('reads 人员经费支出, 公用经费支出 and 专项业务经费支出 as the personnel, public and project columns', () => {
    expect(['人员经费支出', '公用经费支出', '专项业务经费支出'].map((l) => budgetKey('bu05', [l]))).toEqual(['personnel', 'public', 'project']);
  });
});

/**
 * 深圳 2026's tables print no 合计 row: the row naming the department the table is for (预算单位
 * "深圳市财政局（本级）") stands above the 科目 rows or the projects, and is the table's total.
 */
describe('a table whose total is the row of its department', () => {
  const SHENZHEN = 'fixtures/real/2026年深圳市财政局部门预算.pdf';
  it('reads 深圳 表3 支出总表 and 表5 项目支出总表 department rows as their 合计, and the 类 rows of 表3 sum to it', async () => {
    const r = await recordsOf(SHENZHEN);
    const total = (kind: string, measure: string) => r.lineItems.find((l) => l.tableKind === kind && l.code === '*' && l.measure === measure);
    expect(total('bu03', '支出总计')?.amount.printed).toBe('37,385.88');
    expect(total('bu03', '支出总计')?.level).toBe(0);
    expect(total('bu-project', '总计')?.amount.printed).toBe('26,361.57');
    let sum = new Decimal(0);
    for (const row of r.bu.bu03!.rows) {
      const s = row.values.total;
      if (row.level === 1 && s?.state === 'number') sum = sum.plus(s.figure.value);
    }
    expect(sum.toFixed(2)).toBe('37385.88');
  });

  it('does not take it for the total when another uncoded row of amounts stands among the 科目 rows (a row of another unit)', async () => {
    const doc = await parseFixture(SHENZHEN);
    const t = structuredClone(doc.tables.find((x) => x.id === 't3')!);
    // 表3 row 3 prints 201 一般公共服务支出; printed as a second 预算单位 instead, the department's row is one unit of two.
    for (const [c, raw] of [
      [0, '深圳市财政局下属单位'],
      [1, ''],
      [2, ''],
    ] as const)
      cellAt(t, 3, c)!.raw = raw;
    expect(lineItems(t, 'bu03').items.filter((i) => i.code === '*')).toHaveLength(0);
    expect(
      lineItems(
        doc.tables.find((x) => x.id === 't3')!,
        'bu03',
      ).items.filter((i) => i.code === '*').length,
    ).toBeGreaterThan(0);
  });

  it('does not take a department row for the total when the table prints a 合计 (长沙 2025 表2)', async () => {
    const r = await recordsOf('fixtures/real/2026年长沙市公安局2025年部门预算.pdf');
    const names = new Set(r.lineItems.filter((l) => l.table === r.bu.bu02!.table && l.code === '*').map((l) => l.name));
    expect([...names]).toEqual(['合计']);
  });
});

describe('a 收支总表 that prints its 支出 side in several blocks', () => {
  // 表4 财政拨款收支总表: 收入 | 支出功能分类 › 预算数 | 部门预算支出经济分类 › 预算数 | 政府预算支出经济分类 › 预算数, the
  // header's last row the body's "一、部门预算". Each block's lines are read, the later ones grouped by their block.
  it('reads each block with its label column, the first block ungrouped', async () => {
    const r = await recordsOf(FILE);
    const lines = r.lineItems.filter((l) => l.table === 't5' && l.side === '支出' && /^(?:本年支出合计|支出总计)$/.test(l.name));
    expect(lines.map((l) => [l.name, l.group, l.amount.printed])).toEqual([
      ['本年支出合计', null, '181716.56'],
      ['支出总计', null, '181807.13'],
      ['本年支出合计', '部门预算支出经济分类', '181716.56'],
      ['支出总计', '部门预算支出经济分类', '181807.13'],
      ['本年支出合计', '政府预算支出经济分类', '181716.56'],
      ['支出总计', '政府预算支出经济分类', '181807.13'],
    ]);
    expect(r.lineItems.find((l) => l.table === 't5' && l.side === '收入' && l.name === '上年结转')?.amount.printed).toBe('90.57');
  });
});
