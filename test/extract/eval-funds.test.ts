/**
 * 长沙国资委's 2020 评价报告 prints its fund's money by sub-project in one table (p7–9, header repeated
 * on each page): 序号 | 项目名称 | 预算批复 | 预算到位 | 实际执行 | 执行率 | 指标结余 | 原因. Its rows are
 * numbered 一–四, each with items 1, 2, … under a 合计; the paragraph before it ends "具体资金情况如下表：".
 */
import { describe, expect, it } from 'vitest';
import type { EvFundRow } from '../../src/extract/records.js';
import { recordsOf } from '../helpers/records.js';

const FILE = 'fixtures/real/国有资产监督管理委员会_2026年部门预算.pdf';

const value = (x: EvFundRow, k: keyof EvFundRow['values']): string => {
  const s = x.values[k];
  return s?.state === 'number' ? `${s.figure.value.toFixed()}${s.figure.unit ?? ''}` : (s?.state ?? 'absent');
};

describe("an evaluation report's money table (ev-funds)", () => {
  it('is read as ev-funds, its columns by their header words and its rows in levels under the 合计', async () => {
    const r = await recordsOf(FILE);
    expect(r.tables.find((t) => t.table === 't0')?.kind).toBe('ev-funds');
    const [t] = r.evFunds;
    expect(Object.fromEntries(Object.entries(t!.columns).map(([k, c]) => [k, c.header]))).toEqual({
      approved: '预算批复',
      allocated: '预算到位',
      spent: '实际执行',
      rate: '执行率',
      balance: '指标结余',
    });
    expect(t!.rows).toHaveLength(18);
    const total = t!.rows[0]!;
    expect([total.name, total.level, total.parent]).toEqual(['合计', 0, null]);
    const top = t!.rows.filter((x) => x.level === 1);
    expect(top.map((x) => x.seq)).toEqual(['一', '二', '三', '四']);
    expect(top.every((x) => x.parent === total.row)).toBe(true);
    const three = top[2]!;
    const items = t!.rows.filter((x) => x.parent === three.row);
    expect(items.map((x) => x.seq)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect([value(three, 'approved'), value(three, 'allocated'), value(three, 'spent'), value(three, 'rate'), value(three, 'balance')]).toEqual([
      '3087万元',
      '2877万元',
      '2614.12万元',
      '84.69%',
      '472.88万元',
    ]);
    // A dash is no amount and no zero: 处置僵尸企业启动资金 has no 结余 printed.
    expect(
      value(
        t!.rows.find((x) => x.name === '处置僵尸企业启动资金')!,
        'balance',
      ),
    ).toBe('dash');
  });

  it('takes the paragraph that ends 如下表 as its lead, which states its 合计 row in words', async () => {
    const r = await recordsOf(FILE);
    const lead = r.blocks.find((b) => b.id === r.evFunds[0]!.lead);
    expect(lead?.text.replace(/\s+/g, '')).toMatch(/实际执行12,679\.21万元.*如下表：$/);
  });
});
