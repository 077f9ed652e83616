import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../src/extract/index.js';
import { parseFixture } from '../helpers/fixtures.js';

/**
 * A document's 三公 facts as `side.item[fund]` → 万元 (or `? value` in the printed unit when the unit is not
 * known), from the first row that prints each (its 合计 row), and the extract diagnostics about them.
 */
const factsOf = async (file: string) => {
  const r = extractRecords(await parseFixture(file));
  const out: Record<string, string> = {};
  for (const f of r.sangong) {
    const key = `${f.side}.${f.item}${f.fund ? `[${f.fund}]` : ''}`;
    if (!(key in out)) out[key] = f.amount.state === 'number' ? (f.amount.wan?.toString() ?? `? ${f.amount.value.toString()}`) : f.amount.state;
  }
  return { facts: out, diagnostics: r.diagnostics.filter((d) => /sangong|amount-unreadable/.test(d.code)).map((d) => d.message) };
};

describe('三公 facts', () => {
  it('seed 004 (预算数 over six items, 决算数 over six), HTML and PDF alike', async () => {
    const want = {
      'bud.total': '9',
      'bud.carSub': '6',
      'bud.carRun': '6',
      'bud.reception': '3',
      'fin.total': '7.94',
      'fin.carSub': '6',
      'fin.carRun': '6',
      'fin.reception': '1.94',
    };
    for (const f of ['fixtures/seeds/004_d487b3c520216221.html', 'fixtures/seeds/004_d487b3c520216221.pdf'])
      expect(await factsOf(f)).toEqual({ facts: want, diagnostics: [] });
  });

  it('2024 决算 (预算数 | 决算数 under each item)', async () => {
    expect(await factsOf('fixtures/real/上海市普陀区财政局2024年度部门决算.pdf')).toEqual({
      facts: { 'bud.total': '0.95', 'bud.reception': '0.95' },
      diagnostics: [],
    });
  });

  it('its error-injected copy, where the 0.95 cells were blanked: no facts, no noise', async () => {
    expect(await factsOf('fixtures/real/24年普陀区财政局（测试问题版本）.pdf')).toEqual({ facts: {}, diagnostics: [] });
  });

  it('the central 决算 (公开09: 预算数 and 决算数 groups, a 栏次 row)', async () => {
    expect((await factsOf('fixtures/real/信访局_国家信访局2024年度部门决算公开.pdf')).facts).toEqual({
      'bud.total': '76.43',
      'bud.abroad': '30',
      'bud.carSub': '40.63',
      'bud.carRun': '40.63',
      'bud.reception': '5.8',
      'fin.total': '46.21',
      'fin.abroad': '4.69',
      'fin.carSub': '40.61',
      'fin.carRun': '40.61',
      'fin.reception': '0.9',
    });
  });

  it('city 预算 三公 and 机关运行经费 table', async () => {
    expect(await factsOf('fixtures/real/上海市财政局25年预算.pdf')).toEqual({
      facts: { 'bud.total': '346.3', 'bud.abroad': '288.7', 'bud.reception': '25.4', 'bud.carSub': '32.2', 'bud.carRun': '32.2', 'bud.runningCost': '2517.78' },
      diagnostics: [],
    });
  });

  it('items as rows, with 行政经费 above them and a column per budget (广州)', async () => {
    const { facts } = await factsOf('fixtures/real/2026年广州市人民政府办公厅部门预算.pdf');
    // The unit (单位：万元) is printed in the table's strip row: read as 万元 once the strip is the table's.
    const v = (x: string) => [x, `? ${x}`];
    for (const [k, x] of Object.entries({
      'bud.adminCost': '1443.41',
      'bud.total': '226.86',
      'bud.abroad': '215.6',
      'bud.carSub': '0',
      'bud.carBuy': '0',
      'bud.carRun': '0',
      'bud.reception': '11.26',
      'bud.total[gpb]': '226.86',
    }))
      expect(v(x), k).toContain(facts[k]);
  });

  it('the year before beside this year as rows, items per budget (深圳)', async () => {
    const { facts } = await factsOf('fixtures/real/2026年深圳市财政局部门预算.pdf');
    expect(facts).toMatchObject({
      'prior.total[gpb]': '59.66',
      'bud.total[gpb]': '58.46',
      'bud.abroad[gpb]': '41.6',
      'bud.reception[gpb]': '9.46',
      'bud.carSub[gpb]': '7.4',
      'bud.carBuy[gpb]': '0',
      'bud.carRun[gpb]': '7.4',
    });
    expect(Object.keys(facts).filter((k) => k.startsWith('fin'))).toEqual([]);
  });

  it('a 预（决）算数 header in a 预算, and unit rows under a 合计 row (长沙)', async () => {
    expect((await factsOf('fixtures/real/2026年长沙市公安局2025年部门预算.pdf')).facts).toEqual({
      'bud.total': '458.5',
      'bud.reception': '28.5',
      'bud.abroad': '30',
      'bud.carSub': '400',
      'bud.carBuy': '150',
      'bud.carRun': '250',
    });
  });

  it('a 预算总额 column, amounts to six decimals (北京)', async () => {
    expect((await factsOf('fixtures/real/司法局_附件2：北京市司法局2026年度部门预算报表.pdf')).facts).toEqual({
      'bud.total': '102.109787',
      'bud.abroad': '48.237',
      'bud.reception': '2.813064',
      'bud.carSub': '51.059723',
      'bud.carBuy': '15.42',
      'bud.carRun': '35.639723',
    });
  });

  it('会议费 and 培训费 beside 三公 (苏州)', async () => {
    expect((await factsOf('fixtures/real/2026年苏州市审计局部门预算.pdf')).facts).toEqual({
      'bud.total': '10',
      'bud.abroad': '0',
      'bud.carSub': '0',
      'bud.carBuy': '0',
      'bud.carRun': '0',
      'bud.reception': '10',
      'bud.meeting': '10',
      'bud.training': '43',
    });
  });

  it('two years as column groups, a 合计 over 三公 + 会议费 + 培训费 (西安)', async () => {
    const { facts } = await factsOf('fixtures/real/人力资源和社会保障局_2026年部门预算.pdf');
    expect(facts).toMatchObject({
      'prior.allTotal': '267.78',
      'prior.total[gpb]': '66.57',
      'prior.meeting': '70.45',
      'prior.training': '130.76',
      'bud.allTotal': '178.34',
      'bud.total[gpb]': '29.3',
      'bud.reception[gpb]': '3.3',
    });
  });
});
