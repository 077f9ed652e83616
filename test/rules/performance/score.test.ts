import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { acceptsScore, deduct, functionFor, SCORING_FUNCTIONS } from '../../../src/score/framework-functions.js';
import { directionDefect, maxAward, reachableScores } from '../../../src/score/rule-text.js';
import { canonicalGrade } from '../../../src/normalise/grade.js';
import { bandOf, L1_TEMPLATES, l1SlotOf } from '../../../src/score/templates.js';

const d = (v: number | string) => new Decimal(v);
const set = (s: { lin: Decimal; floor: Decimal; ceil: Decimal }) => [s.lin, s.floor, s.ceil].map((x) => x.toFixed());

describe('score: the 共性指标框架 functions (spec A10/A11) and the 自评表 templates', () => {
  it('"每低于/超过 X 扣 Y 分" in its three readings, clamped to [0, weight]', () => {
    expect(set(deduct(d(3), d(7), 5, 1))).toEqual(['1.6', '2', '1']);
    expect(set(deduct(d(2), d(45), 1, '0.5'))).toEqual(['0', '0', '0']);
    expect(set(deduct(d(5), d(-3), 1, 1))).toEqual(['5', '5', '5']);
  });

  it('A10: 在职人员控制率 83.78% → 2, 145% → 0; 三公变动率 −52.63% → 2; 三公控制率 58.5% → 3; 公用经费控制率 90.02% → 3', () => {
    const score = (scope: 'dept' | 'project', name: string, r: string) => {
      const f = functionFor(scope, name)!;
      return set(f.score!(d(r), f.weight));
    };
    expect(score('dept', '在职人员控制率', '83.78')).toEqual(['2', '2', '2']);
    expect(score('dept', '在职人员控制率', '145')).toEqual(['0', '0', '0']);
    expect(score('dept', '“三公经费”变动率', '-52.63')).toEqual(['2', '2', '2']);
    expect(score('dept', '“三公经费”控制率', '58.5')).toEqual(['3', '3', '3']);
    expect(score('dept', '公用经费控制率', '90.02')).toEqual(['3', '3', '3']);
    expect(score('dept', '固定资产利用率', '90')).toEqual(['0', '0', '0']);
    expect(score('project', '预算执行率', '100')).toEqual(['3', '3', '3']);
    expect(acceptsScore(functionFor('project', '预算执行率')!.score!(d(100), d(3)), d(2))).toBe(false);
  });

  it('lists all 45 scoring functions of A10 (28) and A11 (17)', () => {
    expect(SCORING_FUNCTIONS.filter((f) => f.scope === 'dept')).toHaveLength(28);
    expect(SCORING_FUNCTIONS.filter((f) => f.scope === 'project')).toHaveLength(17);
    expect(new Set(SCORING_FUNCTIONS.map((f) => f.id)).size).toBe(45);
  });

  it('reads the most a rule text awards, the scores a step rule reaches, and inverted directions', () => {
    expect(maxAward('“三公经费”变动率为0，计5分；“三公经费”＞0，每超过一个百分点扣1分，扣完为止。', null, d(2))?.max.toFixed()).toBe('5');
    expect(maxAward('部门有加强资产管理、规范资产管理行为而制定的管理制度的计1分；有效执行相关文件的计1分。反之不计分。', null, d(2))?.max.toFixed()).toBe('2');
    expect(maxAward('每项指标评价要点加2分。', '评价要点：\n①…2分②…2分③…2分', d(6))?.max.toFixed()).toBe('6');
    expect(maxAward('100%计满分，每低于1%扣1分，扣完为止。', null, d(5))?.max.toFixed()).toBe('5');
    expect(maxAward('部门履行职责对经济发展所带来的直接或间接影响。', null, d(5))).toBeNull();
    expect(reachableScores('按指标说明评价要点，每缺一项扣3分，扣完为止。', d(5))?.scores.map((s) => s.toFixed())).toEqual(['5', '2', '0']);
    expect(reachableScores('100%计满分，每低于1%扣1分', d(5))).toBeNull();
    expect(directionDefect('实际完成率', '100%计满分，每超过1%扣1分，扣完为止。')).not.toBeNull();
    expect(directionDefect('公用经费控制率', '100%以下（含）计满分，每超出1%扣1分，扣完为止。')).toBeNull();
    expect(directionDefect('政府采购执行率', '100%计满分，每超过（降低）5%扣1分，扣完为止。')).toBeNull();
  });

  it('templates: V1/V2 一级 weights sum to 100; bands A and B with synonyms', () => {
    for (const v of ['V1', 'V2'] as const) expect(L1_TEMPLATES[v].reduce((a, s) => a.plus(s.weight), d(0)).toFixed()).toBe('100');
    expect(l1SlotOf('V2', '部门管理')?.weight.toFixed()).toBe('20');
    expect(l1SlotOf('V1', '效益指标')?.name).toBe('效益指标');
    expect(canonicalGrade('等级: 优')).toBe('优秀');
    expect(canonicalGrade('良')).toBe('良好');
    expect(bandOf('A', d('96.3')).grade).toBe('优秀');
    expect(bandOf('B', d('89.99')).grade).toBe('良好');
    expect(bandOf('B', d('60')).grade).toBe('中');
    expect(bandOf('A', d('79')).grade).toBe('较差');
    expect(bandOf('A', d('59.5')).grade).toBe('差');
  });
});
