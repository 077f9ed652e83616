import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../src/extract/index.js';
import { leavesOf } from '../../src/extract/performance/framework.js';
import { parseFixture } from '../helpers/fixtures.js';

describe('共性指标框架 records (spec §0.2 FW.*)', async () => {
  const r = extractRecords(await parseFixture('fixtures/seeds/002_3947c5881660c658.html'));
  const [dept, project] = r.frameworks;

  it('two frameworks: 附件1 部门整体 and 附件4-1 项目, each with its 自评分 total 98', () => {
    expect(r.frameworks.map((f) => [f.table, f.scope])).toEqual([
      ['t0', 'dept'],
      ['t2', 'project'],
    ]);
    expect([dept, project].map((f) => f!.totalSelfScore?.state === 'number' && f!.totalSelfScore.figure.value.toFixed())).toEqual(['98', '98']);
  });

  it('附件1: the weight tree of spec A10; labels repeated after a page break are one node', () => {
    const tree = dept!.nodes.filter((n) => n.level < 3).map((n) => `${'  '.repeat(n.level - 1)}${n.name} ${n.weight?.value.toFixed()}`);
    expect(tree).toEqual([
      '投入 20',
      '  目标设定 14',
      '  预算配置 6',
      '过程 40',
      '  预算执行 26',
      '  预算管理 8',
      '  资产管理 6',
      '产出 20',
      '  职责履行 20',
      '效果 20',
      '  履职效益 20',
    ]);
    expect(leavesOf(dept!)).toHaveLength(28);
    const staff = leavesOf(dept!).find((n) => n.name === '在职人员控制率')!;
    expect([
      staff.weight?.value.toFixed(),
      staff.selfScore?.state === 'number' && staff.selfScore.figure.value.toFixed(),
      dept!.nodes[staff.parent!]!.name,
    ]).toEqual(['2', '2', '预算配置']);
    expect(staff.ruleText).toContain('每超过一个百分点扣0.5分');
    expect(staff.definitionText).toContain('在职人员控制率=');
  });

  it('附件4-1: weights "(10)" without 分; the 满意度 row has no 二级 of its own and sits under 预算支出效益', () => {
    const byName = (n: string) => project!.nodes.find((x) => x.name === n)!;
    expect(byName('决策').weight?.value.toFixed()).toBe('10');
    expect(byName('资金管理').weight?.value.toFixed()).toBe('10');
    expect(leavesOf(project!, byName('资金管理')).map((n) => n.weight?.value.toFixed())).toEqual(['3', '3', '1']);
    expect(leavesOf(project!, byName('预算支出效益')).map((n) => [n.name, n.weight?.value.toFixed()])).toEqual([
      ['实施效益', '20'],
      ['社会公众或服务对象满意度', '10'],
    ]);
    expect(
      leavesOf(project!)
        .reduce((a, n) => a.plus(n.selfScore?.state === 'number' ? n.selfScore.figure.value : 0), new Decimal(0))
        .toFixed(),
    ).toBe('95');
  });
});
