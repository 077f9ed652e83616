import { describe, expect, it } from 'vitest';
import { classifyTable } from '../../src/classify/classify-table.js';
import { sangongFacts } from '../../src/extract/sangong.js';
import { parseFixture } from '../helpers/fixtures.js';

const factsOf = async (file: string, kind: 'fa07' | 'bu09') => {
  const doc = await parseFixture(file);
  const t = doc.tables.find((x) => classifyTable(x).kind === kind)!;
  const { facts, diagnostics } = sangongFacts(t);
  expect(diagnostics).toEqual([]);
  return Object.fromEntries(facts.map((f) => [`${f.side}.${f.item}`, f.amount.state === 'number' ? f.amount.wan?.toString() : f.amount.state]));
};

describe('三公 facts', () => {
  it('seed 004 (预算数 over six items, 决算数 over six), HTML and PDF alike', async () => {
    const want = { 'bud.total': '9', 'bud.carSub': '6', 'bud.carRun': '6', 'bud.reception': '3', 'fin.total': '7.94', 'fin.carSub': '6', 'fin.carRun': '6', 'fin.reception': '1.94' };
    expect(await factsOf('fixtures/seeds/004_d487b3c520216221.html', 'fa07')).toEqual(want);
    expect(await factsOf('fixtures/seeds/004_d487b3c520216221.pdf', 'fa07')).toEqual(want);
  });

  it('2024 决算 (预算数 | 决算数 under each item)', async () => {
    expect(await factsOf('fixtures/real/上海市普陀区财政局2024年度部门决算.pdf', 'fa07')).toEqual({ 'bud.total': '0.95', 'bud.reception': '0.95' });
  });

  it('its error-injected copy, where the 0.95 cells were blanked: no facts, no noise', async () => {
    expect(await factsOf('fixtures/real/24年普陀区财政局（测试问题版本）.pdf', 'fa07')).toEqual({});
  });

  it('city 预算 三公 and 机关运行经费 table', async () => {
    expect(await factsOf('fixtures/real/上海市财政局25年预算.pdf', 'bu09')).toEqual({
      'bud.total': '346.3',
      'bud.abroad': '288.7',
      'bud.reception': '25.4',
      'bud.carSub': '32.2',
      'bud.carRun': '32.2',
      'bud.runningCost': '2517.78',
    });
  });
});
