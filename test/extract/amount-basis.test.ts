import { describe, expect, it } from 'vitest';
import { amountBasis } from '../../src/extract/amount-basis.js';

describe('amountBasis', () => {
  const fa = { kind: '决算', year: 2024 };
  const bu = { kind: '预算', year: 2026 };
  it('reads the year and basis a column header names, else the document’s', () => {
    expect(amountBasis(['2025年执行数'], bu)).toEqual({ year: 2025, basis: 'execution' });
    expect(amountBasis(['上年预算数'], bu)).toEqual({ year: 2025, basis: 'budget' });
    expect(amountBasis(['年初预算数'], fa)).toEqual({ year: 2024, basis: 'budget' });
    expect(amountBasis(['预算数'], fa)).toEqual({ year: 2024, basis: 'budget-adjusted' });
    expect(amountBasis(['决算数'], fa)).toEqual({ year: 2024, basis: 'final' });
    expect(amountBasis(['2026年预算数比2025年执行数', '增减额'], bu)).toEqual({ year: 2026, basis: 'change' });
  });

  it('takes no basis from a fund named for its budget: a 决算 总表’s 一般公共预算财政拨款 column is 决算数', () => {
    expect(amountBasis(['一般公共预算财政拨款'], fa)).toEqual({ year: 2024, basis: 'final' });
    expect(amountBasis(['支出', '政府性基金预算财政拨款'], fa)).toEqual({ year: 2024, basis: 'final' });
    expect(amountBasis(['一般公共预算', '预算数'], fa)).toEqual({ year: 2024, basis: 'budget-adjusted' });
  });
});
