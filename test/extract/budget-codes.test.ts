/**
 * 西安人社 2020's 部门综合预算 tables print one code column in which a 款 row gives only its own two
 * digits under its 类 (201 / 10 / 2011007): the 款 is 20110, and the 类, 款 and 项 sums can be checked.
 * Its columns 人员经费支出 | 公用经费支出 | 专项业务经费支出 are the personnel, public and project measures.
 */
import { describe, expect, it } from 'vitest';
import { budgetKey } from '../../src/extract/budget/build.js';
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
