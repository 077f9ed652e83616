import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../src/extract/index.js';
import type { TargetTable } from '../../src/extract/performance/targets.js';
import { parseFixture } from '../helpers/fixtures.js';

const targetsOf = async (file: string): Promise<TargetTable[]> => extractRecords(await parseFixture(file)).targets;
const money = (s: TargetTable['subjects'][number]) => (s.amount?.state === 'number' ? s.amount.figure.value.toString() : null);
const indicator = (i: TargetTable['subjects'][number]['indicators'][number]) => [
  i.l1,
  i.l2,
  i.l3,
  i.target.comparator,
  i.target.slot.state === 'number' ? `${i.target.slot.figure.value}${i.target.slot.figure.unit ?? ''}` : i.target.printed,
];

describe('绩效目标表 records: subjects, money, goals and indicator targets, no scores', () => {
  it('one form per project, named only by its title (泉州)', async () => {
    const ts = await targetsOf('fixtures/real/2026年泉州市人民政府办公室部门预算.pdf');
    const first = ts.find((t) => t.tableKind === 'pt-project')!;
    expect(first.subjects.map((s) => [s.name, money(s)])).toEqual([['市级机关保留公务用车委托管理费', '1778.31']]);
    expect(indicator(first.subjects[0]!.indicators[0]!)).toEqual(['成本指标', '经济成本指标', '预算执行率', '>=', '90%']);
    expect(ts.filter((t) => t.tableKind === 'pt-project')).toHaveLength(8);
    expect(ts.filter((t) => t.tableKind === 'pt-dept')).toHaveLength(1);
  });

  it('a list of projects with their money and a goal in words (杭州 表11)', async () => {
    const [t] = await targetsOf('fixtures/real/2026年杭州市气象局部门预算.pdf');
    expect(t!.subjects.map((s) => [s.name, money(s), s.indicators.length])).toEqual([
      ['气象业务建设', '1097.02', 0],
      ['气象设施维护及科普', '887.9', 0],
      ['专业系统维护及科普', '146.69', 0],
    ]);
    expect(t!.subjects[0]!.goal).toMatch(/^通过气象监测能力项目等提升杭州气象监测预报能力/);
  });

  it('a form with 项目名称 and its 年度资金总额 (国家信访局 预算)', async () => {
    const ts = await targetsOf('fixtures/real/2026年武汉市信访局部门预算.pdf');
    expect(ts.map((t) => [t.subjects[0]!.name, money(t.subjects[0]!)])).toEqual([
      ['信息化运行维护', '2134.87'],
      ['信访综合保障经费', '2706.79'],
      ['信访业务培训', '118.01'],
    ]);
    const first = ts[0]!.subjects[0]!.indicators;
    expect(indicator(first.find((i) => i.l3 === '设备完好率')!)).toEqual(['产出指标', '质量指标', '设备完好率', '>=', '96%']);
  });

  it('comparator and unit printed in columns of their own beside the 指标值 (长沙)', async () => {
    const ts = await targetsOf('fixtures/real/2026年长沙市公安局2025年部门预算.pdf');
    const project = ts.flatMap((t) => t.subjects).find((s) => s.name === '大型警保卫及基础设施安全保护工作经费')!;
    expect(money(project)).toBe('428.69');
    expect(project.indicators.slice(0, 3).map(indicator)).toEqual([
      ['成本指标', '经济成本指标', '成本控制率', '<=', '100%'],
      ['产出指标', '数量指标', '安全隐患排除率', '=', '100%'],
      ['产出指标', '数量指标', '开展督导专项检查行动次数', '>=', '1次'],
    ]);
  });
});
